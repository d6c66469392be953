import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATHS } from '../generated-paths.js';
import { bannedWordsOutsideQuotes } from './support/banned-words.js';

const DOCS = fileURLToPath(new URL('../../../docs', import.meta.url));

function handWritten(dir = DOCS): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		const rel = relative(DOCS, full).replace(/\\/g, '/');
		if (entry.name.startsWith('.') || GENERATED_PATHS.some((p) => rel === p || rel.startsWith(`${p}/`))) return [];
		if (rel === 'api') return [];
		return entry.isDirectory() ? handWritten(full) : entry.name.endsWith('.md') ? [full] : [];
	});
}

describe('hand-written pages', () => {
	const files = handWritten();

	it('include the SDK guide, the bot setup and privacy pages and the contributor guide', () => {
		const names = files.map((f) => relative(DOCS, f).replace(/\\/g, '/'));
		for (const name of [
			'guide/getting-started.md',
			'bot/setup.md',
			'bot/privacy.md',
			'contributing/adding-a-figure.md',
		])
			expect(names).toContain(name);
	});

	it('use no sensational word, include the help lines and carry no front matter (Biome would rewrite it)', () => {
		for (const file of files) {
			const text = readFileSync(file, 'utf8');
			expect(bannedWordsOutsideQuotes(text), file).toEqual([]);
			expect(text, file).toContain('<!--@include: ../parts/help-lines.md-->');
			expect(text.startsWith('---'), file).toBe(false);
		}
	});
});
