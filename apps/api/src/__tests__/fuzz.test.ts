import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The bot's fuzz corpus of bad inputs: its hostile bodies (broken JSON, binary strings, 100k-character and
// 10,000-deep values, mentions, lone surrogates), each used here as a parameter value.
import { FUZZ_SEED, hostileBody, nastyBodies } from '../../../bot/src/transports/__tests__/support/fuzz.js';
import { createApi } from '../create-api.js';
import { ENDPOINTS } from '../endpoints.js';

const api = createApi();

/** Every parameter of every endpoint, as a path with `{value}` where the bad input goes. */
const TARGETS: readonly string[] = ENDPOINTS.flatMap(({ route }) => {
	const path = route.path;
	const query = Object.keys((route.request?.query as { shape?: object } | undefined)?.shape ?? {});
	const params = Object.keys((route.request?.params as { shape?: object } | undefined)?.shape ?? {});
	return [
		...query.map((name) => `${path.replace(/\{(\w+)\}/g, 'derbyshire')}?${name}={value}`),
		...params.map((name) => path.replace(`{${name}}`, '{value}')),
	];
});

/** Percent-encodes every UTF-8 byte (a lone surrogate becomes U+FFFD, as a browser sends it). */
function encodeValue(value: string): string {
	return Array.from(new TextEncoder().encode(value), (byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}

async function expectAnswered(target: string, value: string, raw = false): Promise<void> {
	const url = `http://localhost${target.replace('{value}', raw ? value : encodeValue(value))}`;
	const response = await api.fetch(new Request(url));
	const text = await response.text();
	expect(response.status, target).not.toBeGreaterThanOrEqual(500);
	expect([200, 400, 404, 414], target).toContain(response.status);
	for (const number of HELP_NUMBERS) expect(response.headers.get('signpost-help'), target).toContain(number);
	if ((response.headers.get('content-type') ?? '').includes('json')) {
		for (const number of HELP_NUMBERS) expect(text, target).toContain(number);
	}
}

describe('every parameter of every route answers the bot’s fuzz corpus without a 500', () => {
	it('covers every endpoint', () => {
		for (const { route } of ENDPOINTS) {
			const hasInput = route.request?.query !== undefined || route.request?.params !== undefined;
			if (hasInput) expect(TARGETS.some((t) => t.startsWith(route.path.split('{')[0] ?? ''))).toBe(true);
		}
	});

	it.each(nastyBodies().map((nasty) => [nasty.name, nasty.body] as const))('%s', async (_name, body) => {
		for (const target of TARGETS) await expectAnswered(target, body);
	});

	it.each(['%', '%zz', '%ED%A0%80', '%FF%FE', '%00', '%C0%AF', '%2e%2e%2f', '%0d%0aSet-Cookie:%20a=b'])(
		'the raw, badly encoded value %s',
		async (value) => {
			for (const target of TARGETS) await expectAnswered(target, value, true);
		},
	);

	it('hostile values (fast-check, the bot’s seed)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...TARGETS), hostileBody, async (target, value) => {
				await expectAnswered(target, value);
			}),
			{ numRuns: 300, seed: FUZZ_SEED },
		);
	});

	it('never echoes a marked value into a body', async () => {
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...TARGETS), fc.string({ maxLength: 40 }), async (target, text) => {
				const url = `http://localhost${target.replace('{value}', encodeValue(`Qzx${text}Typed`))}`;
				const response = await api.fetch(new Request(url));
				expect(await response.text()).not.toContain('Qzx');
			}),
			{ numRuns: 200, seed: FUZZ_SEED + 1 },
		);
	});
});
