import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { DataFileError, dataDir } from '../../../scripts/read-data-files.js';

/**
 * Scratch copies of `data/` (or of one folder of it) with one file edited, removed after each test: call once at the
 * top of a test file, then `copyWith(file, edit)` returns the copy's folder to check.
 *
 * @example
 * ```ts
 * const copyWith = dataCopies();
 * const dir = copyWith('areas.json', (json) => JSON.stringify({ ...json, areas: [] }));
 * ```
 */
export function dataCopies() {
	const copies: string[] = [];
	afterEach(() => {
		for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
	});
	// biome-ignore lint/suspicious/noExplicitAny: each test edits its own file's shape
	return (file: string, edit: (json: any) => string, folder = ''): string => {
		const dir = mkdtempSync(join(tmpdir(), 'signpost-data-'));
		copies.push(dir);
		cpSync(join(dataDir, folder), join(dir, folder), { recursive: true });
		writeFileSync(join(dir, file), edit(JSON.parse(readFileSync(join(dir, file), 'utf8'))));
		return dir;
	};
}

/**
 * The message a data file check fails with; fails the test if the check passes or throws anything else.
 *
 * @example
 * ```ts
 * expect(dataFileErrorOf(() => checkDataFiles(dir))).toContain('areas.json');
 * ```
 */
export function dataFileErrorOf(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(DataFileError);
		return (error as Error).message;
	}
	throw new Error('expected a DataFileError');
}
