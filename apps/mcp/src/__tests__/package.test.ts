// What someone gets from `npm install @signpost-uk/mcp`, checked outside the workspace: the packed tarball (with the
// packed SDK it depends on) installed in a scratch project, the README's and the guide's assistant configuration and
// code example run as written, publint and arethetypeswrong.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// One copy of the helpers for installing a packed package, shared with the SDK's consumer test.
import {
	itPassesPublintAndAttw,
	mustRun,
	pack,
	tarballFiles,
} from '../../../../packages/sdk/src/__tests__/support/packed-tarball.js';
import { ensureBuilt, PACKAGE_DIR } from './support/built-bin.js';
import { expectHelp, TOOL_NAMES } from './support/tool-calls.js';

const SDK_DIR = join(PACKAGE_DIR, '..', '..', 'packages', 'sdk');
const GUIDE = join(PACKAGE_DIR, '..', 'docs', 'docs', 'guide', 'mcp.md');
/** Generous limits: packing and installing take a while on a small, busy machine. Not timing assertions. */
const SETUP_TIMEOUT = 300_000;
const STEP_TIMEOUT = 120_000;

let scratch = '';
let project = '';
let packedFiles: string[] = [];

/** The fenced blocks of one language in a Markdown file. */
function blocks(file: string, lang: string): string[] {
	const fence = new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g');
	return [...readFileSync(file, 'utf8').matchAll(fence)].map((m) => m[1] ?? '');
}

/** Connects a client to a server started as a command in the scratch project, as an assistant would. */
async function connectTo(command: string, args: readonly string[]) {
	const client = new Client({ name: 'signpost-package-test', version: '0.0.0' });
	await client.connect(new StdioClientTransport({ command, args: [...args], cwd: project, stderr: 'pipe' }));
	return client;
}

beforeAll(() => {
	scratch = mkdtempSync(join(tmpdir(), 'signpost-mcp-package-'));
	const packDir = join(scratch, 'pack');
	project = join(scratch, 'project');
	mkdirSync(packDir);
	mkdirSync(project);
	// Not rebuilt here: the stdio and HTTP tests run the same dist at the same time (turbo builds before testing).
	ensureBuilt();
	const sdk = pack(SDK_DIR, packDir);
	const mcp = pack(PACKAGE_DIR, packDir);
	packedFiles = tarballFiles(mcp, scratch);
	writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', private: true, version: '0.0.0' }));
	// The SDK's tarball stands in for the published SDK the MCP package depends on.
	mustRun('npm', ['install', sdk, mcp, '--no-audit', '--no-fund', '--prefer-offline'], project);
}, SETUP_TIMEOUT);

afterAll(() => {
	if (scratch) rmSync(scratch, { recursive: true, force: true });
}, STEP_TIMEOUT);

describe('the packed MCP server installed from its tarball, outside the workspace', { timeout: STEP_TIMEOUT }, () => {
	it('packs the built files, the README and the LICENSE, and no source', () => {
		const dist = packedFiles.filter((f) => f.startsWith('package/dist/') && !f.endsWith('.map'));
		expect(dist.map((f) => f.slice('package/dist/'.length))).toEqual([
			'cli.mjs',
			'index.cjs',
			'index.d.cts',
			'index.d.ts',
			'index.mjs',
		]);
		for (const file of ['package/package.json', 'package/README.md', 'package/LICENSE']) {
			expect(packedFiles).toContain(file);
		}
		expect(packedFiles.some((f) => f.includes('/src/'))).toBe(false);
	});

	it('starts from the README’s and the guide’s mcpServers configuration, as written', async () => {
		const configs = [...blocks(join(PACKAGE_DIR, 'README.md'), 'json'), ...blocks(GUIDE, 'json')];
		expect(configs.length).toBe(2);
		for (const config of configs) {
			const { command, args } = JSON.parse(config).mcpServers.signpost as { command: string; args: string[] };
			const client = await connectTo(command, args);
			const { tools } = await client.listTools();
			expect(tools.map((t) => t.name)).toEqual([...TOOL_NAMES]);
			const result = (await client.callTool({
				name: 'get_figures',
				arguments: { area: 'Derbyshire', year: '2016/17' },
			})) as CallToolResult;
			expect(expectHelp(result).status).toBe('found');
			await client.close();
		}
	});

	it('runs the README’s and the guide’s code examples as written (ESM), serving MCP over stdio', async () => {
		const examples = [...blocks(join(PACKAGE_DIR, 'README.md'), 'ts'), ...blocks(GUIDE, 'ts')];
		expect(examples.length).toBe(2);
		for (const [i, example] of examples.entries()) {
			expect(example).toContain("from '@signpost-uk/mcp'");
			writeFileSync(join(project, `example-${i}.mjs`), example);
			const client = await connectTo(process.execPath, [`example-${i}.mjs`]);
			const result = (await client.callTool({ name: 'get_help', arguments: {} })) as CallToolResult;
			expectHelp(result);
			await client.close();
		}
	});

	it('loads with require (CommonJS) and lists the seven tools', () => {
		const out = mustRun(
			process.execPath,
			['-e', "console.log(require('@signpost-uk/mcp').SIGNPOST_TOOLS.map((t) => t.name).join(','))"],
			project,
		);
		expect(out.trim()).toBe(TOOL_NAMES.join(','));
	});
});

describe('the package as published', { timeout: STEP_TIMEOUT }, () => {
	itPassesPublintAndAttw(PACKAGE_DIR);
});
