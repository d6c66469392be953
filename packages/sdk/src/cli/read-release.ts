import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Dataset, DatasetValidationError } from '@signpost-uk/domain';
import { createSignpost } from '../api/create-signpost.js';

/** A release read from disk, or why it could not be. */
export type ReleaseReading =
	| { readonly ok: true; readonly dataset: Dataset }
	| { readonly ok: false; readonly problem: string };

/**
 * Reads a release for `signpost changes`: a data package directory (its `dataset.json`) or a dataset JSON file,
 * validated as untrusted. The problem never repeats the path typed.
 *
 * @param path - a directory written by `signpost export`, or a dataset JSON file
 * @returns the validated dataset, or the problem
 * @example
 * ```ts
 * const release = readRelease('./signpost-2026-11-30');
 * ```
 */
export function readRelease(path: string): ReleaseReading {
	let text: string;
	try {
		const file = statSync(path).isDirectory() ? join(path, 'dataset.json') : path;
		text = readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as { code?: string }).code;
		return {
			ok: false,
			problem:
				code === 'ENOENT'
					? 'no such file or directory (or no dataset.json in it)'
					: `it cannot be read (${code ?? 'error'})`,
		};
	}
	try {
		const { help: _help, ...dataset } = createSignpost({ dataset: JSON.parse(text) }).getDataset();
		return { ok: true, dataset };
	} catch (error) {
		if (error instanceof DatasetValidationError) return { ok: false, problem: error.message };
		return { ok: false, problem: 'it is not JSON' };
	}
}
