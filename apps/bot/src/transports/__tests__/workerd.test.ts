import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOMAIN_SOURCE } from '../../../build/domain-source.js';
import { inlineDiscordConstants } from '../../../build/inline-discord-constants.js';
import { wasmBesideBundle } from '../../../build/wasm-beside-bundle.js';
import {
	areaAutocompleteInteraction,
	figuresInteraction,
	pingInteraction,
	trendInteraction,
} from '../../__tests__/support/interactions.js';
import { expectChartReply, formDataOf } from './support/chart-reply.js';
import { type FakeDiscord, startFakeDiscord } from './support/fake-discord.js';
import { expectHelpfulOrRefused, FUZZ_SEED, mutatedRequest } from './support/fuzz.js';
import { makeKeys, signBody } from './support/signing.js';
import { type RunningWorkerd, startWorkerd, workerdBinary } from './support/start-workerd.js';
import { until } from './support/until.js';

// The Worker on Cloudflare's own runtime: the built dist/worker.mjs served by workerd (the npm package's native
// binary, which runs on Node 20 where wrangler and Miniflare do not), over real HTTP on a loopback port.
const WORKER_MODULE = fileURLToPath(new URL('../../../dist/worker.mjs', import.meta.url));
// The chart renderer: resvg's WebAssembly build, a module of its own beside the bundle (imported as ./resvg.wasm).
const RESVG_WASM = fileURLToPath(new URL('../../../dist/resvg.wasm', import.meta.url));
const binary = workerdBinary();
const keys = makeKeys();

let workerd: RunningWorkerd;
let slow: RunningWorkerd;
let unconfigured: RunningWorkerd;
let fake: FakeDiscord;
let scratch: string;

function postSigned(url: string, body: string, headers = signBody(keys, body)): Promise<Response> {
	return fetch(`${url}/interactions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body,
		signal: AbortSignal.timeout(10_000),
	});
}

function expectHelp(text: string) {
	for (const number of HELP_NUMBERS) expect(text).toContain(number);
}

describe.skipIf('reason' in binary)(
	`the Worker in workerd${'reason' in binary ? ` (skipped: ${binary.reason})` : ''}`,
	() => {
		beforeAll(async () => {
			if (!('path' in binary)) return;
			fake = await startFakeDiscord();
			scratch = mkdtempSync(join(tmpdir(), 'signpost-slow-worker-'));
			// The deferral needs a slow answer, so a test entry wraps the real core; built like dist/worker.mjs.
			await build({
				entryPoints: [fileURLToPath(new URL('./support/slow-worker.ts', import.meta.url))],
				outfile: join(scratch, 'slow-worker.mjs'),
				bundle: true,
				format: 'esm',
				platform: 'browser',
				target: 'es2022',
				alias: { '@signpost-uk/domain': DOMAIN_SOURCE },
				loader: { '.ttf': 'binary' },
				plugins: [inlineDiscordConstants(), wasmBesideBundle({ 'index_bg.wasm': 'resvg.wasm' })],
				logLevel: 'silent',
			});
			[workerd, slow, unconfigured] = await Promise.all([
				startWorkerd(binary.path, WORKER_MODULE, { DISCORD_PUBLIC_KEY: keys.publicKeyHex }, { wasm: [RESVG_WASM] }),
				startWorkerd(
					binary.path,
					join(scratch, 'slow-worker.mjs'),
					{ DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_API_BASE_URL: `${fake.url}/api/v10` },
					{ wasm: [join(scratch, 'resvg.wasm')] },
				),
				startWorkerd(binary.path, WORKER_MODULE, {}, { wasm: [RESVG_WASM] }),
			]);
		}, 60_000);

		afterAll(async () => {
			await Promise.all([workerd?.close(), slow?.close(), unconfigured?.close(), fake?.close()]);
			if (scratch) rmSync(scratch, { recursive: true, force: true });
		});

		it('dist/worker.mjs is one module whose only import is the chart renderer beside it: no require', () => {
			const code = readFileSync(WORKER_MODULE, 'utf8');
			const imports = code.match(/(^|[;\s])import\s*[\w{*][^;]*?from\s*["'][^"']+["']/g) ?? [];
			expect(imports.map((line) => line.trim())).toEqual([expect.stringMatching(/from\s*'\.\/resvg\.wasm'$/)]);
			expect(code).not.toMatch(/^(?!\s*\/\/).*(\bimport\(|\brequire\()/m);
			expect(code).not.toMatch(/from ["']zod["']|discord-api-types\/v10["']/);
			expect(code).not.toContain('node_modules/discord-api-types');
		});

		it('answers a signed PING with PONG', async () => {
			const response = await postSigned(workerd.url, JSON.stringify(pingInteraction()));
			expect(response.status).toBe(200);
			expect(await response.json()).toEqual({ type: 1 });
		});

		it('answers a signed /figures with the help lines', async () => {
			const response = await postSigned(workerd.url, JSON.stringify(figuresInteraction('Derbyshire', '2016/17')));
			expect(response.status).toBe(200);
			const reply = (await response.json()) as { type: number; data: { content: string } };
			expect(reply.type).toBe(4);
			expectHelp(reply.data.content);
		});

		it('answers a signed /trend with multipart: payload_json with the help lines, files[0] the 760 × 520 PNG chart', async () => {
			const response = await postSigned(workerd.url, JSON.stringify(trendInteraction('UK')));
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
			const payload = await expectChartReply(await response.formData(), HELP_NUMBERS);
			expect(payload.type).toBe(4);
			expectHelp(payload.data?.content ?? '');
		});

		it('answers "not found" for a place it does not hold, with the help lines', async () => {
			const response = await postSigned(workerd.url, JSON.stringify(figuresInteraction('Atlantis')));
			const reply = (await response.json()) as { data: { content: string } };
			expectHelp(reply.data.content);
		});

		it('answers a signed autocomplete with choices', async () => {
			const response = await postSigned(workerd.url, JSON.stringify(areaAutocompleteInteraction('Derb')));
			const reply = (await response.json()) as { type: number; data: { choices: { name: string }[] } };
			expect(reply.type).toBe(8);
			expect(reply.data.choices.length).toBeGreaterThan(0);
			expect(reply.data.choices.length).toBeLessThanOrEqual(25);
		});

		it('answers a button click (a component interaction) with a reply that carries the help lines', async () => {
			const command = figuresInteraction('Derbyshire') as unknown as Record<string, unknown>;
			const click = { ...command, type: 3, data: { custom_id: 'page:next', component_type: 2 }, message: { id: '1' } };
			const response = await postSigned(workerd.url, JSON.stringify(click));
			expectHelpfulOrRefused(response.status, await response.text());
		});

		it('refuses a bad signature, another key and no signature with 401 and the help lines', async () => {
			const body = JSON.stringify(pingInteraction());
			const headers = signBody(keys, body);
			const forged = { ...headers, 'x-signature-ed25519': `${'0'.repeat(127)}1` };
			for (const response of await Promise.all([
				postSigned(workerd.url, body, forged),
				postSigned(workerd.url, body, signBody(makeKeys(), body)),
				postSigned(workerd.url, body, {}),
			])) {
				expect(response.status).toBe(401);
				expectHelp(await response.text());
			}
		});

		it('300 mutated requests: none accepted', async () => {
			await fc.assert(
				fc.asyncProperty(mutatedRequest(keys), async (request) => {
					const response = await postSigned(workerd.url, request.body, request.headers);
					expect(response.status).toBe(401);
					await response.arrayBuffer();
				}),
				{ numRuns: 300, seed: FUZZ_SEED + 5 },
			);
		}, 60_000);

		it('a signed payload with data null: 400 with the help lines; a body over the cap: 413', async () => {
			const malformed = await postSigned(workerd.url, JSON.stringify({ type: 2, id: '1', token: 't', data: null }));
			expect(malformed.status).toBe(400);
			expectHelp(await malformed.text());
			const big = JSON.stringify(figuresInteraction('x'.repeat(100_000)));
			const tooLarge = await postSigned(workerd.url, big);
			expect(tooLarge.status).toBe(413);
			expectHelp(await tooLarge.text());
		});

		it('without DISCORD_PUBLIC_KEY: 500 naming the secret (not a value), with the help lines', async () => {
			const response = await postSigned(unconfigured.url, JSON.stringify(pingInteraction()));
			expect(response.status).toBe(500);
			const text = await response.text();
			expect(text).toContain('DISCORD_PUBLIC_KEY is not set');
			expectHelp(text);
		});

		it('defers a slow command, then sends the follow-up (with the help lines) to Discord from waitUntil', async () => {
			const interaction = figuresInteraction('Derbyshire', '2016/17');
			const response = await postSigned(slow.url, JSON.stringify(interaction));
			expect(response.status).toBe(200);
			expect(await response.json()).toEqual({ type: 5 });
			await until(() => fake.requests.some((request) => request.method === 'PATCH'));
			const patch = fake.requests.find((request) => request.method === 'PATCH');
			expect(patch?.path).toBe(
				`/api/v10/webhooks/${interaction.application_id}/${interaction.token}/messages/@original`,
			);
			expect(patch?.authorization).toBeUndefined();
			expectHelp(JSON.stringify(patch?.body));
		});

		it('defers a slow /trend, then sends the follow-up with the PNG chart as multipart from waitUntil', async () => {
			const interaction = trendInteraction('UK');
			const route = `/api/v10/webhooks/${interaction.application_id}/${interaction.token}/messages/@original`;
			const before = fake.requests.length;
			const response = await postSigned(slow.url, JSON.stringify(interaction));
			expect(await response.json()).toEqual({ type: 5 });
			await until(() => fake.requests.slice(before).some((request) => request.path === route));
			const patch = fake.requests.slice(before).find((request) => request.path === route);
			expect(patch?.method).toBe('PATCH');
			const { multipart } = (patch?.body ?? { multipart: '' }) as { multipart: string };
			const payload = await expectChartReply(await formDataOf(multipart), HELP_NUMBERS);
			expectHelp(payload.content ?? '');
		});
	},
);
