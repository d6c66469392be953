import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

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
	const { inputs } = result.metafile as Metafile;
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
