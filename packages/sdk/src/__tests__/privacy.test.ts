// Privacy (issue 23): a person's message given to any text argument of any SDK function is never written to the
// console, stdout or stderr, and never echoed in the result (nor in the result written out by formatAnswer and
// toCSV). The library cannot write a file: it imports no Node built-in outside src/cli (no-node-builtins.test.ts);
// the CLI, which can, has its own test as a child process (cli/__tests__/cli-privacy.test.ts).
import {
	type CapturedOutput,
	captureOutput,
	HELP_NUMBERS,
	LONG_PERSON_MESSAGE,
	PRIVATE_PHRASE,
} from '@signpost-uk/domain/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Answer, formatAnswer, toCSV } from '../index.js';
import { TEXT_CALLS } from './support/text-calls.js';

/** Every way text can leave the process while the SDK runs: the console and the standard streams. */
let output: CapturedOutput;

beforeEach(() => {
	output = captureOutput();
});

afterEach(() => {
	output.restore();
});

/** The words of the phrase that would give it away: the phrase itself and its telling part. */
function expectNoEcho(text: string, where: string): void {
	const lower = text.toLowerCase();
	expect(lower, where).not.toContain(PRIVATE_PHRASE.toLowerCase());
	expect(lower, where).not.toContain('touches me');
	expect(lower, where).not.toContain('dad touches');
}

function isAnswer(result: unknown): result is Answer {
	return typeof result === 'object' && result !== null && 'kind' in result && 'status' in result;
}

describe('a person’s message given to any SDK function', () => {
	it.each([
		['the phrase', PRIVATE_PHRASE],
		['a 2,000-character message ending with it', LONG_PERSON_MESSAGE],
	])('%s: never written to the console or the standard streams, never echoed in the result', (_, message) => {
		for (const { fn, input, call } of TEXT_CALLS) {
			const where = `${fn} ${input}`;
			const result = call(message);
			const json = JSON.stringify(result);
			for (const number of HELP_NUMBERS) expect(json, where).toContain(number);
			expectNoEcho(json, where);
			if (isAnswer(result)) {
				expectNoEcho(formatAnswer(result, { format: 'text' }), `${where}, formatAnswer text`);
				expectNoEcho(formatAnswer(result, { format: 'markdown' }), `${where}, formatAnswer markdown`);
				if (result.status === 'found') expectNoEcho(toCSV(result), `${where}, toCSV`);
			}
		}
		expect(output.written).toEqual([]);
	});

	it('every text argument, an ONS code among them, gets help first', () => {
		for (const message of [PRIVATE_PHRASE, LONG_PERSON_MESSAGE])
			for (const { fn, input, call } of TEXT_CALLS)
				expect((call(message) as { status: string }).status, `${fn} ${input}`).toBe('help-first');
	});
});
