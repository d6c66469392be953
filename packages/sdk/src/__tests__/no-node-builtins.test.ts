import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('..', import.meta.url));

function runtimeFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return ['__tests__', 'cli'].includes(entry.name) ? [] : runtimeFiles(path);
		return entry.name.endsWith('.ts') ? [path] : [];
	});
}

const NODE_IMPORT =
	/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](node:[^'"]+|fs|path|os|url|util|crypto|child_process|process)['"]/;

describe('the library runs in browsers and Workers', () => {
	it('imports no Node built-in outside src/cli', () => {
		const files = runtimeFiles(src);
		expect(files.length).toBeGreaterThan(5);
		const offenders = files.filter((file) => NODE_IMPORT.test(readFileSync(file, 'utf8'))).map((f) => relative(src, f));
		expect(offenders).toEqual([]);
	});

	it('the check catches a Node import', () => {
		expect(NODE_IMPORT.test("import { readFileSync } from 'node:fs';")).toBe(true);
		expect(NODE_IMPORT.test("const os = require('os');")).toBe(true);
		expect(NODE_IMPORT.test("import { z } from 'zod';")).toBe(false);
	});
});
