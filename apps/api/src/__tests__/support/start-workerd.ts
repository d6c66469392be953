import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningServer } from './start-server.js';
import { freePort } from './start-server.js';

/**
 * Starts `workerd serve` (the `workerd` package's binary, which runs on Node 20 where wrangler does not) with the
 * Worker module as its only service on a free loopback port, and resolves once `/v1/helplines` answers.
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
	let log = '';
	// Its own process group: the package's bin/workerd is a Node script that starts the real binary.
	const child: ChildProcess = spawn(binary, ['serve', join(dir, 'config.capnp')], {
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	const killGroup = () => {
		try {
			if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
		} catch {
			// Already gone.
		}
	};
	process.once('exit', killGroup);
	child.stdout?.on('data', (chunk) => {
		log += chunk;
	});
	child.stderr?.on('data', (chunk) => {
		log += chunk;
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const url = `http://127.0.0.1:${port}`;
	const close = async () => {
		process.removeListener('exit', killGroup);
		const done = child.exitCode === null ? exited : Promise.resolve();
		killGroup();
		await done;
		rmSync(dir, { recursive: true, force: true });
	};
	for (let attempt = 0; attempt < 300; attempt += 1) {
		if (child.exitCode !== null) break;
		try {
			const response = await fetch(`${url}/v1/helplines`);
			await response.arrayBuffer();
			if (response.ok) return { url, output: () => log, close };
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	await close();
	throw new Error(`workerd did not start:\n${log}`);
}
