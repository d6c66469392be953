import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { Client, Events } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { areaAutocompleteInteraction, figuresInteraction } from '../../__tests__/support/interactions.js';
import { createInteractionHandler } from '../../core/create-interaction-handler.js';
import type { MaybeAsyncInteractionHandler } from '../answer-within-budget.js';
import { attachGatewayHandler, createGatewayClient, GATEWAY_INTENTS, type GatewayHandlerOptions } from '../gateway.js';
import { clientHealth } from '../gateway-health.js';
import { createHealthServer } from '../health-server.js';
import { type FakeDiscord, startFakeDiscord } from './support/fake-discord.js';
import { gatedHandler } from './support/gated-handler.js';
import { listenOnLoopback } from './support/listen-on-loopback.js';
import { until } from './support/until.js';

let fake: FakeDiscord;
let client: ReturnType<typeof createGatewayClient>;

/** Makes the client answer through `handler` instead, deferring after `deferAfterMs` (default a millisecond). */
function useHandler(handler: MaybeAsyncInteractionHandler, options: Partial<GatewayHandlerOptions> = {}) {
	client.removeAllListeners(Events.Raw);
	attachGatewayHandler(client, { deferAfterMs: 1, ...options, handler });
}

beforeEach(async () => {
	fake = await startFakeDiscord();
	client = createGatewayClient();
	client.rest.setToken('not-a-real-token');
	client.rest.options.api = `${fake.url}/api`;
	attachGatewayHandler(client, { handler: createInteractionHandler() });
});

afterEach(async () => {
	await client.destroy();
	await fake.close();
});

function dispatch(d: unknown): void {
	// What the WebSocket shard emits for a gateway dispatch; discord.js re-emits every packet as Events.Raw.
	client.emit(Events.Raw, { op: 0, s: 1, t: 'INTERACTION_CREATE', d });
}

describe('gateway transport', () => {
	it('asks for the Guilds intent only', () => {
		expect(GATEWAY_INTENTS).toEqual([1]);
		expect(client.options.intents.bitfield).toBe(1);
	});

	it('answers an injected /figures through the REST callback endpoint, with both help numbers', async () => {
		const interaction = figuresInteraction('Derbyshire', '2016/17');
		dispatch(interaction);
		await until(() => fake.requests.length === 1);
		const [request] = fake.requests;
		expect(request?.method).toBe('POST');
		expect(request?.path).toBe(`/api/v10/interactions/${interaction.id}/${interaction.token}/callback`);
		const body = request?.body as { type: number; data: { content: string } };
		expect(body.type).toBe(4);
		for (const number of HELP_NUMBERS) expect(body.data.content).toContain(number);
	});

	it('uploads a /trend chart beside the JSON (multipart: payload_json and the PNG)', async () => {
		const { renderChartPng } = await import('../render-chart-png.js');
		useHandler(createInteractionHandler({ renderChart: renderChartPng }), { deferAfterMs: 2_000 });
		const interaction = figuresInteraction('UK');
		dispatch({ ...interaction, data: { ...interaction.data, name: 'trend' } });
		await until(() => fake.requests.length === 1);
		const body = fake.requests[0]?.body as { multipart: string };
		expect(body.multipart).toContain('name="payload_json"');
		expect(body.multipart).toContain('filename="trend-uk-child-sexual-offences.png"');
		expect(body.multipart).toContain('\x89PNG');
		const json = body.multipart.split('name="payload_json"')[1] ?? '';
		for (const number of HELP_NUMBERS) expect(json).toContain(number);
		expect(json).toContain('attachment://trend-uk-child-sexual-offences.png');
	});

	it('answers an injected autocomplete with choices', async () => {
		dispatch(areaAutocompleteInteraction('Derb'));
		await until(() => fake.requests.length === 1);
		const body = fake.requests[0]?.body as { type: number; data: { choices: unknown[] } };
		expect(body.type).toBe(8);
		expect(body.data.choices.length).toBeLessThanOrEqual(25);
	});

	it('ignores other dispatches', async () => {
		client.emit(Events.Raw, { op: 0, s: 2, t: 'GUILD_CREATE', d: { id: '1' } });
		dispatch(figuresInteraction('Staffordshire'));
		await until(() => fake.requests.length >= 1);
		expect(fake.requests).toHaveLength(1);
	});
});

describe('gateway transport, deferred answers', () => {
	it('defers a slow answer (type 5), then PATCHes @original with both help numbers', async () => {
		const gated = gatedHandler();
		useHandler(gated.handler);
		const interaction = figuresInteraction('Derbyshire', '2016/17');
		dispatch(interaction);
		await until(() => fake.requests.length === 1);
		const [callback] = fake.requests;
		expect(callback?.path).toBe(`/api/v10/interactions/${interaction.id}/${interaction.token}/callback`);
		expect(callback?.body).toEqual({ type: 5 });
		gated.release();
		await until(() => fake.requests.length === 2);
		const patch = fake.requests[1];
		expect(patch?.method).toBe('PATCH');
		expect(patch?.path).toBe(`/api/v10/webhooks/${interaction.application_id}/${interaction.token}/messages/@original`);
		expect(patch?.authorization).toBeUndefined();
		const body = patch?.body as { content: string; flags?: number };
		for (const number of HELP_NUMBERS) expect(body.content).toContain(number);
		expect(body.flags).toBeUndefined();
	});

	it('follows up a handler that rejects after deferring with an internal error carrying both help numbers', async () => {
		const gated = gatedHandler();
		const errors: Record<string, unknown>[] = [];
		useHandler(gated.handler, {
			log: {
				debug: () => {},
				info: () => {},
				warn: () => {},
				error: (message, fields) => errors.push({ message, ...fields }),
			},
		});
		const interaction = figuresInteraction('Zzyzx-Typed-Text');
		dispatch(interaction);
		await until(() => fake.requests.length === 1);
		expect(fake.requests[0]?.body).toEqual({ type: 5 });
		gated.fail(new Error('failed on Zzyzx-Typed-Text'));
		await until(() => fake.requests.length === 2);
		const body = fake.requests[1]?.body as { content: string };
		expect(fake.requests[1]?.method).toBe('PATCH');
		for (const number of HELP_NUMBERS) expect(body.content).toContain(number);
		const failure = errors.find((entry) => entry.message === 'interaction failed');
		expect(failure?.deferred).toBe(true);
		expect(body.content).toContain(`Reference: ${String(failure?.correlationId)}`);
		expect(JSON.stringify(errors)).not.toContain('Zzyzx');
	});

	it('answers a fast async handler directly, with no deferral', async () => {
		const core = createInteractionHandler();
		const lines: Record<string, unknown>[] = [];
		const keep = (message: string, fields?: Record<string, unknown>) => lines.push({ message, ...fields });
		useHandler(async (interaction) => core(interaction), {
			deferAfterMs: 60_000,
			log: { debug: keep, info: keep, warn: keep, error: keep },
		});
		dispatch(figuresInteraction('Derbyshire', '2016/17'));
		await until(() => lines.length === 1, 'the gateway never logged the interaction');
		expect(lines[0]).toMatchObject({ message: 'gateway interaction', outcome: 'answered', responseType: 4 });
		expect(fake.requests).toHaveLength(1);
		const body = fake.requests[0]?.body as { type: number; data: { content: string } };
		expect(body.type).toBe(4);
		for (const number of HELP_NUMBERS) expect(body.data.content).toContain(number);
	});
});

describe('gateway transport, health check', () => {
	it('a client not (yet) connected is not ready: /healthz answers 503 with 0 of 1 shards', async () => {
		expect(clientHealth(client)).toEqual({ ready: 0, total: 1 });
		const health = await listenOnLoopback(createHealthServer({ status: () => clientHealth(client) }));
		try {
			const response = await fetch(`${health.url}/healthz`);
			expect(response.status).toBe(503);
			expect(await response.json()).toMatchObject({ status: 'not-ready', shards: { ready: 0, total: 1 } });
		} finally {
			await health.close();
		}
	});

	it('counts the shards this client was given (as a ShardingManager gives them)', async () => {
		const sharded = new Client({ intents: [...GATEWAY_INTENTS], shards: [0, 1], shardCount: 4 });
		try {
			expect(clientHealth(sharded)).toEqual({ ready: 0, total: 2 });
		} finally {
			await sharded.destroy();
		}
	});
});
