import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { freePort, type RunningServer, spawnServer } from './spawn-server.js';

/** A workerd process serving one Worker module on a loopback port. */
export type RunningWorkerd = RunningServer;

const require = createRequire(import.meta.url);

/** The workerd binary from the `workerd` package, or why it cannot run here (then the suite is skipped, saying so). */
export function workerdBinary(): { readonly path: string } | { readonly reason: string } {
	let path: string;
	try {
		const pkg = require.resolve('workerd/package.json');
		path = join(pkg, '..', 'bin', 'workerd');
	} catch {
		return { reason: 'the workerd package is not installed' };
	}
	if (!existsSync(path)) return { reason: `no workerd binary at ${path}` };
	const probe = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
	if (probe.status !== 0) return { reason: `workerd --version failed here: ${probe.error?.message ?? probe.stderr}` };
	return { path };
}

const capnpText = (value: string) => JSON.stringify(value);

/**
 * Starts `workerd serve` with a small generated config: the module at `modulePath` as the only Worker, `bindings`
 * as text bindings (secrets and variables, as wrangler would set them), outbound fetch allowed to loopback (for the
 * fake Discord), listening on a free port of 127.0.0.1. `wasm` files are served beside the module as WebAssembly
 * modules under their file names (the bot's `dist/resvg.wasm`, which `dist/worker.mjs` imports as `./resvg.wasm`).
 * Resolves once it answers `GET <ready>` (`/healthz` for the bot; the API's tests pass `/v1/helplines`).
 *
 * @example
 * ```ts
 * const workerd = await startWorkerd(binary, 'dist/worker.mjs', { DISCORD_PUBLIC_KEY: keys.publicKeyHex });
 * await fetch(`${workerd.url}/healthz`);
 * await workerd.close();
 * ```
 */
export async function startWorkerd(
	binary: string,
	modulePath: string,
	bindings: Readonly<Record<string, string>> = {},
	{
		compatibilityDate = '2026-11-01',
		ready = '/healthz',
		wasm = [],
	}: { compatibilityDate?: string; ready?: string; wasm?: readonly string[] } = {},
): Promise<RunningWorkerd> {
	const dir = mkdtempSync(join(tmpdir(), 'signpost-workerd-'));
	copyFileSync(modulePath, join(dir, 'worker.mjs'));
	for (const path of wasm) copyFileSync(path, join(dir, basename(path)));
	const wasmModules = wasm.map(
		(path) => `, (name = ${capnpText(basename(path))}, wasm = embed ${capnpText(basename(path))})`,
	);
	const port = await freePort();
	const bindingList = Object.entries(bindings)
		.map(([name, value]) => `(name = ${capnpText(name)}, text = ${capnpText(value)})`)
		.join(', ');
	writeFileSync(
		join(dir, 'config.capnp'),
		`using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .bot),
    (name = "loopback", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);

const bot :Workerd.Worker = (
  modules = [(name = "worker.mjs", esModule = embed "worker.mjs")${wasmModules.join('')}],
  compatibilityDate = ${capnpText(compatibilityDate)},
  bindings = [${bindingList}],
  globalOutbound = "loopback",
);
`,
	);
	// Its own process group: the package's `bin/workerd` is a Node script that starts the real binary, and killing
	// only the script would leave `workerd serve` running after the tests.
	return spawnServer({
		command: binary,
		args: ['serve', join(dir, 'config.capnp'), '--verbose'],
		port,
		group: true,
		ready,
		cleanUp: () => rmSync(dir, { recursive: true, force: true }),
	});
}
