import { fileURLToPath } from 'node:url';
import {
	freePort,
	type RunningServer,
	spawnServer,
} from '../../../../bot/src/transports/__tests__/support/spawn-server.js';

export type { RunningServer } from '../../../../bot/src/transports/__tests__/support/spawn-server.js';

/** The built Node server, `pnpm api`'s entry. */
export const NODE_SERVER = fileURLToPath(new URL('../../../dist/main.mjs', import.meta.url));

/**
 * Starts `node dist/main.mjs` on a free loopback port with `env`, and resolves once it answers.
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
	return spawnServer({
		command: process.execPath,
		args: [NODE_SERVER],
		env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1', ...env },
		port,
		ready: '/v1/helplines',
	});
}
