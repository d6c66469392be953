import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { figuresInteraction } from '../../__tests__/support/interactions.js';
import { createInteractionHandler } from '../../core/create-interaction-handler.js';
import type { MaybeAsyncInteractionHandler } from '../answer-within-budget.js';
import { createWorker, type WorkerContext } from '../worker.js';
import { type FakeDiscord, startFakeDiscord } from './support/fake-discord.js';
import { gatedHandler } from './support/gated-handler.js';
import { makeKeys, signBody } from './support/signing.js';

const keys = makeKeys();
const env = { DISCORD_PUBLIC_KEY: keys.publicKeyHex };
const reports: Record<string, unknown>[] = [];
let fake: FakeDiscord;

beforeAll(async () => {
	fake = await startFakeDiscord();
});

afterAll(async () => {
	await fake.close();
});

beforeEach(() => {
	fake.requests.length = 0;
	reports.length = 0;
});

/** A Worker over `handler` that defers after a millisecond and sends follow-ups to the fake. */
function workerFor(handler: MaybeAsyncInteractionHandler) {
	return createWorker(handler, Date.now, {
		deferAfterMs: 1,
		apiBaseUrl: `${fake.url}/api/v10`,
		onError: (message, fields) => reports.push({ message, ...fields }),
	});
}

/** What the Workers runtime passes as `ctx`: here it only collects what `waitUntil` is given. */
function context(): WorkerContext & { readonly pending: Promise<unknown>[] } {
	const pending: Promise<unknown>[] = [];
	return { pending, waitUntil: (promise) => pending.push(promise) };
}

function signedRequest(payload: unknown): Request {
	const body = JSON.stringify(payload);
	return new Request('https://signpost.example.workers.dev/interactions', {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...signBody(keys, body) },
		body,
	});
}

describe('Cloudflare Worker, deferred answers', () => {
	it('answers a slow command with a deferral, then PATCHes @original with both help numbers via waitUntil', async () => {
		const gated = gatedHandler();
		const ctx = context();
		const interaction = figuresInteraction('Derbyshire', '2016/17');
		const response = await workerFor(gated.handler).fetch(signedRequest(interaction), env, ctx);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ type: 5 });
		expect(ctx.pending).toHaveLength(1);
		gated.release();
		await Promise.all(ctx.pending);
		expect(fake.requests).toHaveLength(1);
		const [patch] = fake.requests;
		expect(patch?.method).toBe('PATCH');
		expect(patch?.path).toBe(`/api/v10/webhooks/${interaction.application_id}/${interaction.token}/messages/@original`);
		const body = patch?.body as { content: string } | undefined;
		for (const number of HELP_NUMBERS) expect(body?.content).toContain(number);
		expect(reports).toEqual([]);
	});

	it('follows up a handler that rejects after deferring with an internal error carrying both help numbers', async () => {
		const gated = gatedHandler();
		const ctx = context();
		const response = await workerFor(gated.handler).fetch(
			signedRequest(figuresInteraction('Zzyzx-Typed-Text')),
			env,
			ctx,
		);
		expect(await response.json()).toEqual({ type: 5 });
		gated.fail(new Error('failed on Zzyzx-Typed-Text'));
		await Promise.all(ctx.pending);
		const body = fake.requests[0]?.body as { content: string };
		for (const number of HELP_NUMBERS) expect(body.content).toContain(number);
		expect(reports).toHaveLength(1);
		expect(reports[0]).toMatchObject({ message: 'interaction failed', deferred: true });
		expect(body.content).toContain(`Reference: ${String(reports[0]?.correlationId)}`);
		expect(JSON.stringify(reports)).not.toContain('Zzyzx');
	});

	it('reports a follow-up Discord refuses, without failing the Worker', async () => {
		const gated = gatedHandler();
		const ctx = context();
		const worker = createWorker(gated.handler, Date.now, {
			deferAfterMs: 1,
			// The fake answers 404 outside its known routes.
			apiBaseUrl: `${fake.url}/elsewhere`,
			onError: (message, fields) => reports.push({ message, ...fields }),
		});
		expect(await (await worker.fetch(signedRequest(figuresInteraction('Kent')), env, ctx)).json()).toEqual({ type: 5 });
		gated.release();
		await Promise.all(ctx.pending);
		expect(reports).toEqual([
			{ message: 'follow-up failed', command: 'figures', outcome: 'follow-up-failed', errorName: 'FollowUpError' },
		]);
	});

	it('answers a fast handler directly, with nothing left for waitUntil', async () => {
		const ctx = context();
		const response = await workerFor(createInteractionHandler()).fetch(
			signedRequest(figuresInteraction('Derbyshire', '2016/17')),
			env,
			ctx,
		);
		const reply = (await response.json()) as { type: number; data: { content: string } };
		expect(reply.type).toBe(4);
		for (const number of HELP_NUMBERS) expect(reply.data.content).toContain(number);
		expect(ctx.pending).toEqual([]);
		expect(fake.requests).toEqual([]);
	});
});
