import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A started server: its base address, what it printed, and a way to stop it. */
export interface RunningServer {
	readonly url: string;
	output(): string;
	close(): Promise<void>;
}

/**
 * A free port on 127.0.0.1.
 *
 * @example
 * ```ts
 * const port = await freePort();
 * ```
 */
export function freePort(): Promise<number> {
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

/** How to start a server process and know it is up. */
export interface SpawnOptions {
	readonly command: string;
	readonly args: readonly string[];
	readonly env?: NodeJS.ProcessEnv;
	readonly port: number;
	/** Kill the whole process group (a bin script that starts the real binary, as workerd's does). */
	readonly group?: boolean;
	/** Run after the process has ended (remove a scratch folder). */
	readonly cleanUp?: () => void;
	/** The path that answers once the server is up: `/healthz` (the bot), `/v1/helplines` (the API). */
	readonly ready: string;
}

/**
 * Spawns a server on `127.0.0.1:port` and resolves once `GET <ready>` answers 200 (or 429 under a rate limit);
 * rejects with everything it printed if it exits first. The bot's and the API's tests start their servers and workerd
 * with it.
 *
 * @example
 * ```ts
 * const server = await spawnServer({ command: process.execPath, args: ['dist/main.mjs'], port, env, ready: '/healthz' });
 * ```
 */
export async function spawnServer(options: SpawnOptions): Promise<RunningServer> {
	let log = '';
	const child: ChildProcess = spawn(options.command, [...options.args], {
		env: options.env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: options.group === true,
	});
	const kill = () => {
		try {
			if (options.group && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
			else child.kill('SIGTERM');
		} catch {
			// Already gone.
		}
	};
	process.once('exit', kill);
	const collect = (chunk: unknown) => {
		log += String(chunk);
	};
	child.stdout?.on('data', collect);
	child.stderr?.on('data', collect);
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const url = `http://127.0.0.1:${options.port}`;
	const close = async () => {
		process.removeListener('exit', kill);
		const done = child.exitCode === null ? exited : Promise.resolve();
		kill();
		await done;
		options.cleanUp?.();
	};
	for (let attempt = 0; attempt < 300; attempt += 1) {
		if (child.exitCode !== null) break;
		try {
			const response = await fetch(`${url}${options.ready}`);
			await response.arrayBuffer();
			if (response.ok || response.status === 429) return { url, output: () => log, close };
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	await close();
	throw new Error(`the server did not start:\n${log}`);
}
