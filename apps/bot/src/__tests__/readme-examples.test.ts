import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import { runAsk } from '../console/run-ask.js';

const pages = ['../../README.md', '../../../docs/docs/bot/setup.md'].map((path) =>
	fileURLToPath(new URL(path, import.meta.url)),
);

/** Splits a shell line into words: single and double quotes group, a `#` outside quotes starts a comment. */
function shellWords(line: string): string[] {
	const words: string[] = [];
	// A word is unquoted characters and quoted strings run together; a `#` outside quotes ends the line.
	for (const [token] of line.matchAll(/(?:[^\s'"#]+|'[^']*'|"[^"]*")+|#.*$/g)) {
		if (token.startsWith('#')) break;
		words.push(token.replace(/'([^']*)'|"([^"]*)"/g, '$1$2'));
	}
	return words;
}

describe('the `pnpm ask` examples in the README and the setup guide', () => {
	for (const page of pages) {
		const lines = readFileSync(page, 'utf8')
			.split('\n')
			.filter((line) => line.trim().startsWith('pnpm ask '));
		it(`${page.split('/apps/')[1]} has examples, and each answers with both help numbers`, () => {
			expect(lines.length).toBeGreaterThan(1);
			for (const line of lines) {
				const result = runAsk(shellWords(line).slice(2));
				expect(result.stderr, line).toBe('');
				expect(result.exitCode, line).toBe(0);
				for (const number of HELP_NUMBERS) expect(result.stdout, line).toContain(number);
			}
		});
	}

	it('`--press` shows the page the button leads to', () => {
		const result = runAsk(['--press', 'sources', '/figures area:Kent']);
		expect(result.stdout).toContain('Sources: Kent Police');
		const refused = runAsk(['--press', 'nothing-like-this', '/figures area:Kent']);
		expect(refused.exitCode).toBe(2);
		expect(refused.stderr).toContain('Buttons: Sources, Caveats');
		for (const number of HELP_NUMBERS) expect(refused.stderr).toContain(number);
	});
});
