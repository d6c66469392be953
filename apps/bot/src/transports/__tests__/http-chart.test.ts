import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figuresInteraction } from '../../__tests__/support/interactions.js';
import { createInteractionHandler } from '../../core/create-interaction-handler.js';
import type { MaybeAsyncInteractionHandler } from '../answer-within-budget.js';
import { createHttpServer } from '../http-server.js';
import { renderChartPng } from '../render-chart-png.js';
import { importPublicKey } from '../verify-signature.js';
import { type FakeDiscord, startFakeDiscord } from './support/fake-discord.js';
import { gatedHandler } from './support/gated-handler.js';
import { listenOnLoopback } from './support/listen-on-loopback.js';
import { makeKeys, postSignedJson } from './support/signing.js';
import { until } from './support/until.js';

// /trend over HTTP interactions: the chart goes back as multipart (payload_json and files[0]), signed requests in.
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
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

function trendInteraction() {
	const interaction = figuresInteraction('UK');
	return { ...interaction, data: { ...interaction.data, name: 'trend' } };
}

const postSigned = (payload: unknown) => postSignedJson(url, keys, payload);

describe('/trend over HTTP interactions carries its chart', () => {
	it('answers with multipart: payload_json with the help lines and the attachment, files[0] a PNG', async () => {
		current = core;
		const response = await postSigned(trendInteraction());
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
		const form = await response.formData();
		const json = form.get('payload_json');
		expect(typeof json).toBe('string');
		const payload = JSON.parse(json as string) as { type: number; data: { content: string; attachments: unknown[] } };
		expect(payload.type).toBe(4);
		for (const number of HELP_NUMBERS) expect(payload.data.content).toContain(number);
		expect(json).toContain('attachment://trend-uk-child-sexual-offences.png');
		expect(payload.data.attachments).toHaveLength(1);
		const file = form.get('files[0]') as File;
		expect(file.name).toBe('trend-uk-child-sexual-offences.png');
		expect(file.type).toBe('image/png');
		const bytes = new Uint8Array(await file.arrayBuffer());
		expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
		expect(bytes.length).toBeGreaterThan(1_000);
	});

	it('a deferred /trend follows up with the chart as multipart too', async () => {
		const gated = gatedHandler(core);
		current = gated.handler;
		const response = await postSigned(trendInteraction());
		expect(await response.json()).toEqual({ type: 5 });
		gated.release();
		await until(() => fake.requests.length === 1);
		const [patch] = fake.requests;
		expect(patch?.method).toBe('PATCH');
		const { multipart } = (patch?.body ?? { multipart: '' }) as { multipart: string };
		expect(multipart).toContain('name="payload_json"');
		expect(multipart).toContain('name="files[0]"; filename="trend-uk-child-sexual-offences.png"');
		expect(multipart).toContain('\x89PNG\r\n\x1a\n');
		const json = multipart.split('name="payload_json"')[1]?.split('--signpost-')[0] ?? '';
		for (const number of HELP_NUMBERS) expect(json).toContain(number);
	});
});
