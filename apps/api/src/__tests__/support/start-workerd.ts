import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, type RunningServer, spawnServer } from './spawn-server.js';

/**
 * Starts `workerd serve` (the `workerd` package's binary, which runs on Node 20 where wrangler does not) with the
 * Worker module as its only service on a free loopback port, and resolves once it answers.
 *
 * @example
 * ```ts
 * const workerd = await startWorkerd(binary, 'dist/worker.mjs');
 * await fetch(`${workerd.url}/v1/figures?area=Kent`);
 * await workerd.close();
 * ```
 */
export async function startWorkerd(binary: string, modulePath: string): Promise<RunningServer> {
	const dir = mkdtempSync(join(tmpdir(), 'signpost-api-workerd-'));
	copyFileSync(modulePath, join(dir, 'worker.mjs'));
	const port = await freePort();
	writeFileSync(
		join(dir, 'config.capnp'),
		`using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [(name = "main", worker = .api)],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);

const api :Workerd.Worker = (
  modules = [(name = "worker.mjs", esModule = embed "worker.mjs")],
  compatibilityDate = "2026-11-01",
);
`,
	);
	// Its own process group: the package's bin/workerd is a Node script that starts the real binary.
	return spawnServer({
		command: binary,
		args: ['serve', join(dir, 'config.capnp')],
		port,
		group: true,
		cleanUp: () => rmSync(dir, { recursive: true, force: true }),
	});
}
