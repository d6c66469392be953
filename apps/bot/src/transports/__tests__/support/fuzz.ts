import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import fc from 'fast-check';
import { expect } from 'vitest';
import {
	areaAutocompleteInteraction,
	figuresInteraction,
	pingInteraction,
} from '../../../__tests__/support/interactions.js';
import { makeKeys, signBody, type TestKeys } from './signing.js';

/** The seed every fuzz suite runs with, so a failure reproduces; override with FUZZ_SEED to explore. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_261_130);

/** A request as the transports see it: the raw body and the two signature headers (either may be absent). */
export interface RawRequest {
	readonly body: string;
	readonly headers: Record<string, string>;
}

const strangerKeys = makeKeys();

function flipHexDigit(hex: string, index: number, by: number): string {
	const at = index % hex.length;
	const digit = (Number.parseInt(hex[at] as string, 16) + 1 + (by % 15)) % 16;
	return `${hex.slice(0, at)}${digit.toString(16)}${hex.slice(at + 1)}`;
}

/**
 * Every way a forged or damaged request can differ from a signed one, each a real change to what was signed (an
 * upper-case copy of the same signature is the same bytes, so it is not among them).
 */
export function mutatedRequest(keys: TestKeys): fc.Arbitrary<RawRequest> {
	const payload = fc.constantFrom(
		JSON.stringify(pingInteraction()),
		JSON.stringify(figuresInteraction('Derbyshire', '2016/17')),
		JSON.stringify(areaAutocompleteInteraction('Derb')),
	);
	return fc
		.tuple(payload, fc.nat(), fc.nat(), fc.integer({ min: 0, max: 10 }))
		.chain(([body, at, by, kind]) => {
			const signed = signBody(keys, body);
			const signature = signed['x-signature-ed25519'] as string;
			const timestamp = signed['x-signature-timestamp'] as string;
			const headers = (sig: string | undefined, ts: string | undefined) => ({
				...(sig === undefined ? {} : { 'x-signature-ed25519': sig }),
				...(ts === undefined ? {} : { 'x-signature-timestamp': ts }),
			});
			switch (kind) {
				case 0: // one hex digit of the signature changed
					return fc.constant({ body, headers: headers(flipHexDigit(signature, at, by), timestamp) });
				case 1: {
					// one byte of the body changed
					const index = at % body.length;
					const code = 32 + ((body.charCodeAt(index) - 32 + 1 + (by % 94)) % 95);
					const changed = `${body.slice(0, index)}${String.fromCharCode(code)}${body.slice(index + 1)}`;
					return fc.constant({ body: changed, headers: headers(signature, timestamp) });
				}
				case 2: // the timestamp moved within the five-minute window (the signature covers it)
					return fc.constant({
						body,
						headers: headers(signature, String(Number(timestamp) + (by % 2 === 0 ? 1 : -1) * (1 + (at % 250)))),
					});
				case 3: // signed by another key
					return fc.constant({ body, headers: signBody(strangerKeys, body) });
				case 4: // the body cut short or extended
					return fc.constant({
						body: by % 2 === 0 ? body.slice(0, at % body.length) : `${body}${' '.repeat(1 + (at % 3))}`,
						headers: headers(signature, timestamp),
					});
				case 5: // a signature of the wrong length
					return fc.constant({
						body,
						headers: headers(by % 2 === 0 ? signature.slice(0, at % signature.length) : `${signature}00`, timestamp),
					});
				case 6: // not hexadecimal
					return fc
						.string({ minLength: 128, maxLength: 128 })
						.filter((text) => !/^[0-9a-f]+$/i.test(text))
						.map((text) => ({ body, headers: headers(text, timestamp) }));
				case 7: // a header missing or empty
					return fc.constantFrom(
						{ body, headers: headers(undefined, timestamp) },
						{ body, headers: headers(signature, undefined) },
						{ body, headers: headers('', timestamp) },
						{ body, headers: headers(signature, '') },
					);
				case 8: // a timestamp that is not a number, or stale, or from the future
					return fc
						.oneof(
							fc.constant(`${Number(timestamp) - 301}`),
							fc.constant(`${Number(timestamp) + 301}`),
							fc.string({ minLength: 1, maxLength: 20 }).filter((text) => !/^\d+$/.test(text)),
						)
						.map((ts) => ({ body, headers: headers(signature, ts) }));
				case 9: // an old signature replayed over another body
					return fc.constant({ body: JSON.stringify(pingInteraction()), headers: headers(signature, timestamp) });
				default: // all zeros, or the signature's bytes reversed
					return fc.constantFrom(
						{ body, headers: headers('0'.repeat(128), timestamp) },
						{ body, headers: headers(signature.match(/../g)?.reverse().join('') ?? '', timestamp) },
					);
			}
		})
		.filter(
			(request) =>
				request.headers['x-signature-ed25519'] !==
				signBody(keys, request.body, request.headers['x-signature-timestamp'])['x-signature-ed25519'],
		);
}

function nested(depth: number, open: string, close: string, inner: string): string {
	return `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
}

const INTERACTION_TYPES = [1, 2, 3, 4, 5];
const OPTION_TYPES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

const anyValue = fc.oneof(
	fc.string(),
	fc.string({ unit: 'binary', maxLength: 50 }),
	fc.integer(),
	fc.double(),
	fc.boolean(),
	fc.constant(null),
	fc.jsonValue({ maxDepth: 3 }),
	fc.constantFrom('@everyone', '@here', '<@123456789012345678>', '<@&123456789012345678>', '<#123456789012345678>'),
);

/** Interaction-like objects with wrong types, unknown interaction and option types, unicode and mentions. */
const strangeInteraction = fc.record(
	{
		id: anyValue,
		application_id: fc.oneof(fc.constant('1100000000000000001'), anyValue),
		token: fc.oneof(fc.constant('token'), anyValue),
		type: fc.oneof(fc.constantFrom(...INTERACTION_TYPES), fc.integer({ min: -5, max: 300 }), anyValue),
		data: fc.oneof(
			fc.record(
				{
					name: fc.oneof(fc.constantFrom('figures', 'national', 'support', 'about', 'compare', 'sources'), anyValue),
					type: fc.oneof(fc.constant(1), anyValue),
					custom_id: anyValue,
					component_type: fc.oneof(fc.constantFrom(2, 3, 5, 99), anyValue),
					options: fc.oneof(
						fc.array(
							fc.record(
								{
									name: fc.oneof(fc.constantFrom('area', 'year', 'measure', 'first', 'second'), anyValue),
									type: fc.oneof(fc.constantFrom(...OPTION_TYPES), fc.integer({ min: -3, max: 99 }), anyValue),
									value: anyValue,
									focused: fc.oneof(fc.boolean(), anyValue),
									options: anyValue,
								},
								{ requiredKeys: [] },
							),
							{ maxLength: 6 },
						),
						anyValue,
					),
				},
				{ requiredKeys: [] },
			),
			anyValue,
		),
		member: anyValue,
		user: anyValue,
	},
	{ requiredKeys: [] },
);

/** Hostile bodies, as text: broken JSON, JSON that is not an interaction, and interactions with wrong parts. */
export const hostileBody: fc.Arbitrary<string> = fc.oneof(
	fc.string({ maxLength: 200 }),
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? 'null'),
	strangeInteraction.map((value) => JSON.stringify(value)),
	fc.tuple(strangeInteraction, fc.nat()).map(([value, cut]) => {
		const text = JSON.stringify(value);
		return text.slice(0, cut % Math.max(1, text.length));
	}),
);

/** The fixed nasty cases: 100k-character strings, 10,000-deep nesting (in the name, in options, as the body). */
export function nastyBodies(): { readonly name: string; readonly body: string }[] {
	const command = figuresInteraction('Derbyshire') as unknown as Record<string, unknown>;
	const data = command.data as Record<string, unknown>;
	const long = 'x'.repeat(100_000);
	const deepArray = nested(10_000, '[', ']', '1');
	const deepObject = nested(10_000, '{"a":', '}', '1');
	const withData = (patch: string) => JSON.stringify({ ...command, data: '__DATA__' }).replace('"__DATA__"', patch);
	return [
		{ name: 'a 100k-character area', body: JSON.stringify(figuresInteraction(long)) },
		{ name: 'a 100k-character command name', body: JSON.stringify({ ...command, data: { ...data, name: long } }) },
		{ name: 'a 100k-character autocomplete', body: JSON.stringify(areaAutocompleteInteraction(long)) },
		{ name: 'a 10,000-deep command name', body: withData(`{"name":${deepArray},"type":1}`) },
		{ name: 'a 10,000-deep object as the name', body: withData(`{"name":${deepObject},"type":1}`) },
		{
			name: 'a 10,000-deep option value',
			body: withData(`{"name":"figures","type":1,"options":[{"name":"area","type":3,"value":${deepArray}}]}`),
		},
		{
			name: 'a 10,000-deep autocomplete',
			body: JSON.stringify({ ...command, type: 4, data: '__DATA__' }).replace(
				'"__DATA__"',
				`{"name":${deepObject},"options":[{"name":"area","type":3,"value":"x","focused":true}]}`,
			),
		},
		{ name: 'a 10,000-deep body', body: deepArray },
		{ name: 'data missing', body: JSON.stringify({ ...command, data: undefined }) },
		{ name: 'data null', body: JSON.stringify({ ...command, data: null }) },
		{ name: 'data an array', body: JSON.stringify({ ...command, data: [] }) },
		{
			name: 'a button click',
			body: JSON.stringify({ ...command, type: 3, data: { custom_id: 'x', component_type: 2 } }),
		},
		{
			name: 'a select menu with unicode',
			body: JSON.stringify({
				...command,
				type: 3,
				data: { custom_id: '🦊\u0000', component_type: 3, values: ['ŵ', '@everyone'] },
			}),
		},
		{ name: 'a modal submit', body: JSON.stringify({ ...command, type: 5, data: { custom_id: 'x', components: [] } }) },
		{ name: 'an unknown interaction type', body: JSON.stringify({ ...command, type: 99 }) },
		{ name: 'a float type', body: JSON.stringify({ ...command, type: 2.5 }) },
		{ name: 'a string type', body: JSON.stringify({ ...command, type: '2' }) },
		{ name: 'null', body: 'null' },
		{ name: 'an empty body', body: '' },
		{ name: 'broken JSON', body: '{"type":2,"data":{"name":"figures"' },
		{ name: 'a lone surrogate', body: '{"type":2,"data":{"name":"\\ud800"}}' },
		{
			name: 'mentions in every option',
			body: JSON.stringify(figuresInteraction('@everyone <@123456789012345678> <@&123456789012345678>', '@here')),
		},
	];
}

/**
 * What every answer to a signed request must be: a 4xx whose body carries the help numbers, or a 200 that is a
 * valid interaction response (a message with the help numbers, autocomplete choices, a PONG, or a deferral).
 */
export function expectHelpfulOrRefused(status: number, text: string): void {
	if (status >= 400 && status < 500) {
		for (const number of HELP_NUMBERS) expect(text).toContain(number);
		return;
	}
	expect(status).toBe(200);
	const reply = JSON.parse(text) as { type: number; data?: { content?: string; choices?: unknown[] } };
	expect([1, 4, 5, 7, 8]).toContain(reply.type);
	if (reply.type === 4 || reply.type === 7) {
		for (const number of HELP_NUMBERS) expect(reply.data?.content).toContain(number);
	}
	if (reply.type === 8) expect(Array.isArray(reply.data?.choices)).toBe(true);
}

/** Signs `body` as Discord would, so the payload itself is what is under test. */
export function signed(keys: TestKeys, body: string): RawRequest {
	return { body, headers: signBody(keys, body) };
}
