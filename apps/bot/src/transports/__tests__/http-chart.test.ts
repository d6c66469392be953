import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trendInteraction } from '../../__tests__/support/interactions.js';
import { createInteractionHandler } from '../../core/create-interaction-handler.js';
import type { MaybeAsyncInteractionHandler } from '../answer-within-budget.js';
import { createHttpServer } from '../http-server.js';
import { renderChartPng } from '../render-chart-png.js';
import { importPublicKey } from '../verify-signature.js';
import { expectChartReply, formDataOf } from './support/chart-reply.js';
import { type FakeDiscord, startFakeDiscord } from './support/fake-discord.js';
import { gatedHandler } from './support/gated-handler.js';
import { listenOnLoopback } from './support/listen-on-loopback.js';
import { makeKeys, postSignedJson } from './support/signing.js';
import { until } from './support/until.js';

// /trend over HTTP interactions: the chart goes back as multipart (payload_json and files[0]), signed requests in.
const keys = makeKeys();
const core = createInteractionHandler({ rateLimit: false, renderChart: renderChartPng });
let current: MaybeAsyncInteractionHandler = core;
let fake: FakeDiscord;
let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
	fake = await startFakeDiscord();
	const server = createHttpServer({
		publicKey: await importPublicKey(keys.publicKeyHex),
		handler: (interaction) => current(interaction),
		apiBaseUrl: `${fake.url}/api/v10`,
		deferAfterMs: 50,
	});
	({ url, close } = await listenOnLoopback(server));
});

afterAll(async () => {
	await close();
	await fake.close();
});

const postSigned = (payload: unknown) => postSignedJson(url, keys, payload);

describe('/trend over HTTP interactions carries its chart', () => {
	it('answers with multipart: payload_json with the help lines and the attachment, files[0] a 760 × 520 PNG', async () => {
		current = core;
		const response = await postSigned(trendInteraction('UK'));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
		const payload = await expectChartReply(await response.formData(), HELP_NUMBERS);
		expect(payload.type).toBe(4);
		for (const number of HELP_NUMBERS) expect(payload.data?.content).toContain(number);
	});

	it('a deferred /trend follows up with the chart as multipart too', async () => {
		const gated = gatedHandler(core);
		current = gated.handler;
		const response = await postSigned(trendInteraction('UK'));
		expect(await response.json()).toEqual({ type: 5 });
		gated.release();
		await until(() => fake.requests.length === 1);
		const [patch] = fake.requests;
		expect(patch?.method).toBe('PATCH');
		const { multipart } = (patch?.body ?? { multipart: '' }) as { multipart: string };
		const payload = await expectChartReply(await formDataOf(multipart), HELP_NUMBERS);
		for (const number of HELP_NUMBERS) expect(payload.content).toContain(number);
	});
});
