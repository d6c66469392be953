// One vocabulary (issue 26): every sentence Signpost writes lives under packages/domain/src/text, and every surface
// (the rest of the domain, the SDK and CLI, the bot, the docs, MCP and the API) calls it. This test reads the text
// modules' string literals and fails when a piece of one (a sentence, or a sentence's words around a value) is
// typed again in another source file, where it would drift from the one the domain says.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const TEXT_DIR = join(ROOT, 'packages/domain/src/text');
const SOURCE_ROOTS = [
	'packages/domain/src',
	'packages/sdk/src',
	'apps/bot/src',
	'apps/docs/src',
	'apps/docs/docs/.vitepress',
	'apps/mcp/src',
	'apps/api/src',
];
/** Folders that are not shipped source: tests, benchmarks, generated and built files. */
const SKIP = /^(node_modules|dist|__tests__|__bench__|generated|\.temp|cache)$/;
/** A piece shorter than this is a name or a phrase, which other sentences may share by chance. */
const MIN_PIECE = 25;
/**
 * A phrase of the help lines' words that the help registry shares by nature, not as a copy: the services' own
 * summaries and the quotes from their pages say who they are for in the same words ("children and young people").
 */
const SHARED_BY_NATURE = new Set([
	'packages/domain/src/signposting/help-services.ts: "children and young people"',
	'packages/domain/src/signposting/help-services.ts: "adults worried about a child"',
]);

/** Source text without comments (TSDoc examples quote the sentences they document). */
function withoutComments(source: string): string {
	return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** The fixed parts of a module's string literals: a template's text between its `${...}` holes, one piece each. */
export function literalPieces(source: string): string[] {
	const pieces: string[] = [];
	for (const match of withoutComments(source).matchAll(/'((?:[^'\\\n]|\\.)*)'(\s*:)?|`((?:[^`\\]|\\.)*)`/g)) {
		if (match[2]) continue; // an object key: the Welsh table is keyed by the English data it translates
		const literal = match[1] ?? match[3] ?? '';
		for (const part of literal.split(/\$\{[^}]*\}/)) {
			const piece = part.trim();
			if (piece.length >= MIN_PIECE && piece.includes(' ')) pieces.push(piece);
		}
	}
	return pieces;
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		if (SKIP.test(name)) return [];
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return path === TEXT_DIR ? [] : sourceFiles(path);
		return /\.(ts|mts|vue)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
	});
}

const pieces = [
	...new Set(
		readdirSync(TEXT_DIR)
			.filter((name) => name.endsWith('.ts'))
			.flatMap((name) => literalPieces(readFileSync(join(TEXT_DIR, name), 'utf8'))),
	),
];
const files = SOURCE_ROOTS.flatMap((root) => sourceFiles(join(ROOT, root)));

describe('one vocabulary', () => {
	it('reads the text modules and every surface', () => {
		expect(pieces.length).toBeGreaterThan(50);
		expect(files.length).toBeGreaterThan(200);
		expect(pieces).toContain('computed by Signpost from the cited counts');
	});

	it('finds a sentence typed again (the check can fail)', () => {
		const copy =
			"const note = 'Where the sources disagree, every value they give is marked in red, joined by a dashed range.';";
		expect(pieces.filter((piece) => withoutComments(copy).includes(piece))).not.toEqual([]);
		expect(literalPieces("const t = { 'Monday to Friday 8am to 10pm, 9am to 6pm at weekends': 'x' };")).toEqual([]);
	});

	it('no source file outside packages/domain/src/text types one of its sentences again', () => {
		const copies = files.flatMap((file) => {
			const source = withoutComments(readFileSync(file, 'utf8'));
			return pieces.filter((piece) => source.includes(piece)).map((piece) => `${relative(ROOT, file)}: "${piece}"`);
		});
		expect(copies.filter((copy) => !SHARED_BY_NATURE.has(copy))).toEqual([]);
	});
});
