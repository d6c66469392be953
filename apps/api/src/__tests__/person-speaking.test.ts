import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import { createApi } from '../create-api.js';

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
