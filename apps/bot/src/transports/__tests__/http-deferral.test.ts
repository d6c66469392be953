import type { Server } from 'node:http';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { figuresInteraction } from '../../__tests__/support/interactions.js';
import { buildCommandInteraction } from '../../console/build-command-interaction.js';
import { createInteractionHandler } from '../../core/create-interaction-handler.js';
import type { MaybeAsyncInteractionHandler } from '../answer-within-budget.js';
import { createHttpServer } from '../http-server.js';
import { importPublicKey } from '../verify-signature.js';
import { type FakeDiscord, startFakeDiscord } from './support/fake-discord.js';
import { gatedHandler } from './support/gated-handler.js';
import { listenOnLoopback } from './support/listen-on-loopback.js';
import { makeKeys, postSignedJson } from './support/signing.js';
import { until } from './support/until.js';

const keys = makeKeys();
const logLines: Record<string, unknown>[] = [];
let fake: FakeDiscord;
let server: Server;
let closeServer: () => Promise<void>;
let baseUrl: string;
// The server is made once; each test decides what answers.
let current: MaybeAsyncInteractionHandler = createInteractionHandler();

beforeAll(async () => {
	fake = await startFakeDiscord();
	const keep = (message: string, fields?: Record<string, unknown>) => logLines.push({ message, ...fields });
	server = createHttpServer({
		publicKey: await importPublicKey(keys.publicKeyHex),
		handler: (interaction) => current(interaction),
		// A millisecond: a gated handler cannot answer before the test releases it, so it is always deferred.
		deferAfterMs: 1,
		apiBaseUrl: `${fake.url}/api/v10`,
		log: { debug: keep, info: keep, warn: keep, error: keep },
	});
	const listening = await listenOnLoopback(server);
	closeServer = listening.close;
	baseUrl = listening.url;
});

afterAll(async () => {
	await closeServer();
	await fake.close();
});

beforeEach(() => {
	fake.requests.length = 0;
	logLines.length = 0;
});

const postSigned = (payload: unknown) => postSignedJson(baseUrl, keys, payload);

describe('HTTP interactions server, deferred answers', () => {
	it('answers a slow command with a deferral, then PATCHes @original with both help numbers', async () => {
		const gated = gatedHandler();
		current = gated.handler;
		const interaction = figuresInteraction('Derbyshire', '2016/17');
		const response = await postSigned(interaction);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ type: 5 });
		expect(fake.requests).toHaveLength(0);
		gated.release();
		await until(() => fake.requests.length === 1);
		const [patch] = fake.requests;
		expect(patch?.method).toBe('PATCH');
		expect(patch?.path).toBe(`/api/v10/webhooks/${interaction.application_id}/${interaction.token}/messages/@original`);
		expect(patch?.authorization).toBeUndefined();
		const body = patch?.body as { content: string; embeds?: unknown[]; flags?: number };
		for (const number of HELP_NUMBERS) expect(body.content).toContain(number);
		expect(body.flags).toBeUndefined();
		await until(() => logLines.some((line) => line.message === 'http follow-up'), 'no follow-up was logged');
		expect(logLines.find((line) => line.message === 'http request')).toMatchObject({
			command: 'figures',
			outcome: 'deferred',
		});
		expect(logLines.find((line) => line.message === 'http follow-up')).toMatchObject({
			command: 'figures',
			outcome: 'followed-up',
		});
	});

	it('defers /support privately (it is private by default)', async () => {
		const gated = gatedHandler();
		current = gated.handler;
		const response = await postSigned(buildCommandInteraction('support', []));
		expect(await response.json()).toEqual({ type: 5, data: { flags: 64 } });
		gated.release();
		await until(() => fake.requests.length === 1);
		const body = fake.requests[0]?.body as { content: string } | undefined;
		for (const number of HELP_NUMBERS) expect(body?.content).toContain(number);
	});

	it('follows up a handler that rejects after deferring with an internal error carrying both help numbers', async () => {
		const gated = gatedHandler();
		current = gated.handler;
		const response = await postSigned(figuresInteraction('Zzyzx-Typed-Text'));
		expect(await response.json()).toEqual({ type: 5 });
		gated.fail(new Error('failed on Zzyzx-Typed-Text'));
		await until(() => fake.requests.length === 1);
		const body = fake.requests[0]?.body as { content: string };
		for (const number of HELP_NUMBERS) expect(body.content).toContain(number);
		const failure = logLines.find((line) => line.message === 'interaction failed');
		expect(failure).toMatchObject({ deferred: true, reason: 'handler-failed' });
		expect(body.content).toContain(`Reference: ${String(failure?.correlationId)}`);
		expect(JSON.stringify(logLines)).not.toContain('Zzyzx');
	});

	it('answers a fast handler directly, with no deferral', async () => {
		const core = createInteractionHandler();
		current = core;
		const response = await postSigned(figuresInteraction('Derbyshire', '2016/17'));
		const reply = (await response.json()) as { type: number; data: { content: string } };
		expect(reply.type).toBe(4);
		for (const number of HELP_NUMBERS) expect(reply.data.content).toContain(number);
		expect(logLines.find((line) => line.message === 'http request')).toMatchObject({ outcome: 'answered' });
	});
});
