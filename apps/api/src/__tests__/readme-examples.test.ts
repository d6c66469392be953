import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './support/start-server.js';

// An example in a README is code: every `curl` in this workspace's README and the root README runs against the
// built server, which must answer it with a 200 carrying the help lines.
const READMES = ['../../README.md', '../../../../README.md'].map((path) =>
	fileURLToPath(new URL(path, import.meta.url)),
);
const DOCUMENTED_ORIGIN = 'http://127.0.0.1:8787';

function curlExamples(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const blocks = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
	return blocks.flatMap((block) => [...block.matchAll(/^curl (?:-\w+ )*'([^']+)'/gm)].map((match) => match[1] ?? ''));
}

const examples = READMES.flatMap(curlExamples);
let server: RunningServer;

beforeAll(async () => {
	server = await startServer({ RATE_LIMIT: '0' });
}, 60_000);

afterAll(async () => {
	await server?.close();
});

describe('the READMEs’ curl examples', () => {
	it('there are examples in both READMEs, each at the documented address', () => {
		for (const file of READMES) expect(curlExamples(file).length, file).toBeGreaterThan(0);
		for (const example of examples) expect(example.startsWith(`${DOCUMENTED_ORIGIN}/v1/`), example).toBe(true);
	});

	it.each(examples)('curl %s answers 200 with the help lines', async (example) => {
		const response = await fetch(example.replace(DOCUMENTED_ORIGIN, server.url));
		expect(response.status).toBe(200);
		for (const number of HELP_NUMBERS) expect(response.headers.get('signpost-help')).toContain(number);
		const text = await response.text();
		if ((response.headers.get('content-type') ?? '').includes('json')) {
			for (const number of HELP_NUMBERS) expect(text).toContain(number);
		}
	});
});
