import {
	captureOutput,
	HELP_NUMBERS,
	LONG_PERSON_MESSAGE,
	LONG_QUERY,
	longMessage,
	PRIVATE_PHRASE,
} from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import { createApi, MAX_URL_LENGTH } from '../create-api.js';

const api = createApi();

// What a child or a worried adult might type into a box that asks for a place: every text parameter answers 200 with
// the SDK's help-first result (the help lines first, no statistics, never their words), naming the parameter.
const PHRASES = [
	'my uncle touches me and I dont want him to',
	'I want to kill myself',
	'someone online is asking me for pictures',
	'I am scared to go home tonight',
	'I think my friend is being abused',
	'can someone help me please',
	'my brother hurts me',
];
const PATHS = [
	['/v1/figures?area=', 'area'],
	['/v1/series?area=', 'area'],
	['/v1/places?q=', 'q'],
	['/v1/areas?q=', 'q'],
	['/v1/compare?areas=Kent,', 'areas'],
	['/v1/national?year=', 'year'],
] as const;

describe('a person speaking, typed into any text parameter', () => {
	it.each(PHRASES)('"%s": 200, help first at its parameter, never echoed, no figures', async (phrase) => {
		for (const [path, parameter] of PATHS) {
			const response = await api.fetch(new Request(`http://localhost${path}${encodeURIComponent(phrase)}`));
			const text = await response.text();
			expect(response.status, path).toBe(200);
			for (const number of HELP_NUMBERS) expect(text, path).toContain(number);
			const body = JSON.parse(text) as { status?: unknown; input?: unknown; data?: unknown; help?: unknown };
			// The help lines are fixed records whose sources' quotes may share everyday words with a phrase ("want to");
			// everything else in the body is made for this request, so it must hold no two of their words together.
			const { help: _help, ...madeForRequest } = body;
			const answered = JSON.stringify(madeForRequest);
			const words = phrase.split(' ');
			for (let i = 1; i < words.length; i += 1) expect(answered, path).not.toContain(`${words[i - 1]} ${words[i]}`);
			expect(body.status, path).toBe('help-first');
			expect(body.input, path).toBe(parameter);
			expect(body.data, path).toBeUndefined();
		}
	});
});

/** Every text parameter of every endpoint that takes one, with the parameter the answer names. */
const EVERY_PARAMETER = [
	...PATHS,
	['/v1/figures?area=Kent&year=', 'year'],
	['/v1/figures?area=Kent&measure=', 'measure'],
	['/v1/series?area=Kent&measure=', 'measure'],
	['/v1/series?area=Kent&from=', 'from'],
	['/v1/series?area=Kent&to=', 'to'],
	['/v1/compare?areas=Kent,Essex&year=', 'year'],
	['/v1/compare?areas=Kent,Essex&measure=', 'measure'],
	['/v1/national?measure=', 'measure'],
] as const;

describe('a long message, and privacy, on every text parameter', () => {
	it('a 2,000-character message (what is wrong said last) gets help first at its parameter, never a 400 or 414', async () => {
		for (const message of [LONG_PERSON_MESSAGE, longMessage('helpwch fi')])
			for (const [path, parameter] of EVERY_PARAMETER) {
				const url = `http://localhost${path}${encodeURIComponent(message)}`;
				expect(url.length, path).toBeLessThanOrEqual(MAX_URL_LENGTH);
				const response = await api.fetch(new Request(url));
				expect(response.status, path).toBe(200);
				const body = (await response.json()) as { status?: unknown; input?: unknown };
				expect(body.status, path).toBe('help-first');
				expect(body.input, path).toBe(parameter);
			}
	});

	it('a long string that is not a person is a 400 naming its parameter, with the help lines, not its value', async () => {
		for (const [path, parameter] of EVERY_PARAMETER) {
			const response = await api.fetch(new Request(`http://localhost${path}${encodeURIComponent(LONG_QUERY)}`));
			const text = await response.text();
			expect(response.status, path).toBe(400);
			expect((JSON.parse(text) as { parameter?: unknown }).parameter, path).toBe(parameter);
			for (const number of HELP_NUMBERS) expect(text, path).toContain(number);
			expect(text, path).not.toContain('Qzx');
		}
	});

	it('the phrase and a long message are never written to the console, stdout or stderr, nor echoed', async () => {
		const output = captureOutput();
		const bodies: string[] = [];
		try {
			for (const message of [PRIVATE_PHRASE, LONG_PERSON_MESSAGE]) {
				for (const [path] of EVERY_PARAMETER)
					bodies.push(
						await (await api.fetch(new Request(`http://localhost${path}${encodeURIComponent(message)}`))).text(),
					);
				// A path parameter, the areas list split at its commas, and a release's version, too.
				for (const path of [
					`/v1/changes?from=${encodeURIComponent(message)}`,
					`/v1/areas/${encodeURIComponent(message)}`,
					`/v1/compare?areas=${encodeURIComponent(`Kent,${message}`)}`,
				])
					bodies.push(await (await api.fetch(new Request(`http://localhost${path}`))).text());
			}
		} finally {
			output.restore();
		}
		expect(output.written).toEqual([]);
		for (const body of bodies) {
			// The help lines are fixed records whose quotes may share everyday words; nothing made for the request holds these.
			const { help: _help, ...made } = JSON.parse(body) as Record<string, unknown>;
			const lower = JSON.stringify(made).toLowerCase();
			expect(lower).not.toContain('touches me');
			expect(lower).not.toContain(PRIVATE_PHRASE.toLowerCase());
		}
	});
});
