import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The built Node server, `pnpm api`'s entry. */
export const NODE_SERVER = fileURLToPath(new URL('../../../dist/main.mjs', import.meta.url));

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

/**
 * Starts `node dist/main.mjs` on a free loopback port with `env`, and resolves once `/v1/helplines` answers.
 *
 * @example
 * ```ts
 * const server = await startServer({ RATE_LIMIT: '0' });
 * await fetch(`${server.url}/v1/helplines`);
 * await server.close();
 * ```
 */
export async function startServer(env: Readonly<Record<string, string>> = {}): Promise<RunningServer> {
	const port = await freePort();
	let log = '';
	const child: ChildProcess = spawn(process.execPath, [NODE_SERVER], {
		env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout?.on('data', (chunk) => {
		log += chunk;
	});
	child.stderr?.on('data', (chunk) => {
		log += chunk;
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const url = `http://127.0.0.1:${port}`;
	const close = async () => {
		if (child.exitCode === null) child.kill('SIGTERM');
		await exited;
	};
	for (let attempt = 0; attempt < 200; attempt += 1) {
		if (child.exitCode !== null) break;
		try {
			const response = await fetch(`${url}/v1/helplines`);
			await response.arrayBuffer();
			if (response.ok || response.status === 429) return { url, output: () => log, close };
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	await close();
	throw new Error(`the API did not start:\n${log}`);
}
