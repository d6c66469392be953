import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A workerd process serving one Worker module on a loopback port. */
export interface RunningWorkerd {
	readonly url: string;
	/** Everything workerd wrote to standard error (its logs, the Worker's console.error). */
	stderr(): string;
	close(): Promise<void>;
}

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

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

const capnpText = (value: string) => JSON.stringify(value);

/**
 * Starts `workerd serve` with a small generated config: the module at `modulePath` as the only Worker, `bindings`
 * as text bindings (secrets and variables, as wrangler would set them), outbound fetch allowed to loopback (for the
 * fake Discord), listening on a free port of 127.0.0.1. Resolves once it answers `GET /healthz`.
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
	bindings: Readonly<Record<string, string>>,
	compatibilityDate = '2026-11-01',
): Promise<RunningWorkerd> {
	const dir = mkdtempSync(join(tmpdir(), 'signpost-workerd-'));
	copyFileSync(modulePath, join(dir, 'worker.mjs'));
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
  modules = [(name = "worker.mjs", esModule = embed "worker.mjs")],
  compatibilityDate = ${capnpText(compatibilityDate)},
  bindings = [${bindingList}],
  globalOutbound = "loopback",
);
`,
	);
	let log = '';
	const child: ChildProcess = spawn(binary, ['serve', join(dir, 'config.capnp'), '--verbose'], {
		stdio: ['ignore', 'pipe', 'pipe'],
		// Its own process group: the package's `bin/workerd` is a Node script that starts the real binary, and killing
		// only the script would leave `workerd serve` running after the tests.
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
			if ((await fetch(`${url}/healthz`)).ok) return { url, stderr: () => log, close };
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	await close();
	throw new Error(`workerd did not start:\n${log}`);
}
