import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { DOMAIN_SOURCE } from '../../../build/domain-source.js';
import { inlineDiscordConstants } from '../../../build/inline-discord-constants.js';

const SRC = fileURLToPath(new URL('../../', import.meta.url));

/** Every input reachable from `entry` through static imports (dynamic `import()` edges are not followed). */
async function staticGraph(entry: string): Promise<string[]> {
	return (await staticImports(entry)).inputs;
}

/** The inputs reachable through static imports, and the external modules (Node built-ins) they import. */
async function staticImports(entry: string): Promise<{ inputs: string[]; externals: string[] }> {
	const result = await build({
		entryPoints: [`${SRC}${entry}`],
		bundle: true,
		write: false,
		metafile: true,
		platform: 'node',
		format: 'esm',
		logLevel: 'silent',
		// As in tsup.config.ts: the chart renderer ships a native binary, loaded only by the gateway's main.
		external: ['@resvg/resvg-js'],
	});
	return staticClosure(result.metafile as Metafile, entry);
}

/** Walks a metafile from `entry` through static imports (dynamic `import()` edges are not followed). */
function staticClosure(metafile: Metafile, entry: string): { inputs: string[]; externals: string[] } {
	const { inputs } = metafile;
	const start = Object.keys(inputs).find((path) => path.endsWith(entry));
	if (!start) throw new Error(`${entry} is not in the metafile`);
	const seen = new Set<string>([start]);
	const externals = new Set<string>();
	const queue = [start];
	while (queue.length > 0) {
		const current = queue.pop() as string;
		for (const edge of inputs[current]?.imports ?? []) {
			if (edge.kind === 'dynamic-import' || seen.has(edge.path)) continue;
			if (edge.external) {
				externals.add(edge.path);
				continue;
			}
			seen.add(edge.path);
			queue.push(edge.path);
		}
	}
	return { inputs: [...seen], externals: [...externals] };
}

const loadsDiscordJs = (paths: string[]) =>
	paths.some((path) => /node_modules\/(\.pnpm\/)?(discord\.js|@discordjs)/.test(path));

describe('the transports translate bytes; the commands are the core’s', () => {
	it('no module in transports/ imports from commands/ (the core summarises what a transport may know)', () => {
		const modules = readdirSync(`${SRC}transports`).filter((name) => name.endsWith('.ts'));
		expect(modules.length).toBeGreaterThan(10);
		const offenders = modules.filter((name) =>
			/from '\.\.\/commands\//.test(readFileSync(`${SRC}transports/${name}`, 'utf8')),
		);
		expect(offenders).toEqual([]);
	});
});

describe('only the gateway transport loads discord.js', () => {
	it.each(['transports/http-server.ts', 'transports/worker.ts', 'console/start-console.ts', 'ask.ts', 'main.ts'])(
		'%s does not reach discord.js through static imports',
		async (entry) => {
			const graph = await staticGraph(entry);
			expect(graph.length).toBeGreaterThan(3);
			expect(loadsDiscordJs(graph)).toBe(false);
		},
	);

	it.each(['transports/http-server.ts', 'transports/worker.ts', 'ask.ts', 'main.ts'])(
		'%s does not load the native chart renderer through static imports',
		async (entry) => {
			expect((await staticImports(entry)).externals).not.toContain('@resvg/resvg-js');
		},
	);

	it('the gateway transport does (so the check above can fail)', async () => {
		expect(loadsDiscordJs(await staticGraph('transports/gateway.ts'))).toBe(true);
	});

	it('the Worker reaches no Node built-in (it runs on Cloudflare Workers)', async () => {
		const { externals } = await staticImports('transports/worker.ts');
		expect(
			externals.filter((path) => path.startsWith('node:') || ['http', 'crypto', 'readline'].includes(path)),
		).toEqual([]);
		const server = await staticImports('transports/http-server.ts');
		expect(server.externals).toContain('node:http');
	});
});

/**
 * The inputs that end up in `entry`'s bundle (after tree-shaking) when bundled as the build bundles it:
 * discord-api-types' constants inlined, the domain from source. Dynamic imports (the gateway) are split out.
 */
async function bundledInputs(entry: string, platform: 'node' | 'browser'): Promise<string[]> {
	const result = await build({
		entryPoints: [`${SRC}${entry}`],
		bundle: true,
		write: false,
		metafile: true,
		platform,
		format: 'esm',
		logLevel: 'silent',
		// As in tsup.config.ts (the chart renderer ships a native binary, loaded only by the gateway's main).
		external: ['discord.js', '@resvg/resvg-js'],
		alias: { '@signpost-uk/domain': DOMAIN_SOURCE },
		plugins: [inlineDiscordConstants()],
		splitting: true,
		outdir: '/tmp/module-graph',
		treeShaking: true,
	});
	const outputs = Object.entries((result.metafile as Metafile).outputs);
	const main = outputs.find(([, output]) => output.entryPoint?.endsWith(entry));
	if (!main) throw new Error(`${entry} has no output`);
	// The entry's own output plus the chunks it imports statically.
	const chunks = new Set(main[1].imports.filter((edge) => edge.kind === 'import-statement').map((edge) => edge.path));
	return outputs
		.filter(([path]) => path === main[0] || chunks.has(path))
		.flatMap(([, output]) => Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0))
		.map(([path]) => path);
}

const loads = (paths: string[], name: string) =>
	paths.some((path) => new RegExp(`node_modules/(\\.pnpm/)?${name}[@/]`).test(path));

describe('the HTTP server and the Worker load neither zod, discord-api-types nor the dataset schemas at run time', () => {
	// A button's custom_id (untrusted input) is read by a fixed pattern and the dataset's own ids, not a schema library.
	it.each([
		['transports/http-server.ts', 'node', false],
		['main.ts', 'node', true],
		['transports/worker.ts', 'browser', true],
	] as const)('%s, bundled as built', async (entry, platform, holdsDataset) => {
		const inputs = await bundledInputs(entry, platform);
		expect(inputs.length).toBeGreaterThan(10);
		expect(loads(inputs, 'zod')).toBe(false);
		expect(loads(inputs, 'discord-api-types')).toBe(false);
		// The dataset is in, trusted: the schemas that would validate it are not.
		expect(inputs.some((path) => path.includes('generated/validated-dataset'))).toBe(holdsDataset);
		expect(inputs.some((path) => path.includes('domain/src/schema/dataset.ts'))).toBe(false);
	});

	it('the check can fail: bundled without the build’s plugin, the Worker does reach discord-api-types', async () => {
		const { inputs } = await staticImports('transports/worker.ts');
		expect(loads(inputs, 'discord-api-types')).toBe(true);
	});

	it('the console, which parses what a user types at a prompt, may load them: the check is about the servers', async () => {
		const inputs = await bundledInputs('console/start-console.ts', 'node');
		expect(inputs.length).toBeGreaterThan(10);
	});
});
