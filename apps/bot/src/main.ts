import { allCommandDefinitions } from './commands/welsh-commands.js';
import { startConsole } from './console/start-console.js';
import { createInteractionHandler } from './core/create-interaction-handler.js';
import { loadEnv } from './env.js';
import { reportStartFailure } from './report-start-failure.js';
import { createLogger } from './transports/create-logger.js';
import { startHealthServer } from './transports/health-server.js';
import { startHttpServer } from './transports/http-server.js';
import { keepProcessUp } from './transports/keep-process-up.js';
import { importPublicKey } from './transports/verify-signature.js';

/**
 * `pnpm start`: picks the transport from the environment. A token → the gateway (discord.js, loaded only then);
 * a public key → the HTTP interactions server; neither → the local console.
 *
 * @example
 * ```sh
 * DISCORD_PUBLIC_KEY=... PORT=8787 node dist/main.mjs
 * ```
 */
export async function main(): Promise<void> {
	const env = loadEnv();
	const log = createLogger({ level: env.logLevel, secrets: env.secrets });
	if (env.mode === 'gateway' && env.discordToken) {
		keepProcessUp(log);
		const { startGateway } = await import('./transports/gateway.js');
		// The gateway uploads files, so its /trend replies carry the chart as a PNG (resvg, loaded only here).
		const { renderChartPng } = await import('./transports/render-chart-png.js');
		const gatewayHandler = createInteractionHandler({
			log: (entry) => log.info('interaction', entry as unknown as Record<string, unknown>),
			docsBaseUrl: env.docsBaseUrl,
			renderChart: renderChartPng,
		});
		// HEALTH_PORT: 503 until the client is ready. A shard under start:sharded never listens: the manager does.
		let client: Awaited<ReturnType<typeof startGateway>> | undefined;
		if (env.health) {
			const { clientHealth } = await import('./transports/gateway-health.js');
			const { url } = await startHealthServer(
				{ status: () => (client ? clientHealth(client) : { ready: 0, total: 1 }) },
				env.health,
			);
			log.info('health check listening', { url });
		}
		client = await startGateway({ token: env.discordToken, handler: gatewayHandler, log });
		const stop = () => {
			void client?.destroy().finally(() => process.exit(0));
		};
		process.once('SIGINT', stop);
		process.once('SIGTERM', stop);
		return;
	}
	if (env.mode === 'http' && env.publicKey) {
		keepProcessUp(log);
		// Interaction responses may carry files (multipart), so /trend replies attach the chart as a PNG here too.
		const { renderChartPng } = await import('./transports/render-chart-png.js');
		const handler = createInteractionHandler({
			log: (entry) => log.info('interaction', entry as unknown as Record<string, unknown>),
			docsBaseUrl: env.docsBaseUrl,
			renderChart: renderChartPng,
		});
		const { server, url } = await startHttpServer(
			{ publicKey: await importPublicKey(env.publicKey), handler, log, apiBaseUrl: env.apiBaseUrl },
			{ port: env.port, host: env.host },
		);
		log.info('http interactions server listening', { url: `${url}/interactions` });
		const stop = () => server.close(() => process.exit(0));
		process.once('SIGINT', stop);
		process.once('SIGTERM', stop);
		return;
	}
	// The console writes replies to standard output; the core's log lines go to standard error at debug level.
	const consoleHandler = createInteractionHandler({
		// One local user: no per-user limit, so a long piped script is answered in full.
		rateLimit: false,
		log: (entry) => log.debug('interaction', entry as unknown as Record<string, unknown>),
		docsBaseUrl: env.docsBaseUrl,
	});
	await startConsole({ handler: consoleHandler, definitions: allCommandDefinitions });
}

main().catch(reportStartFailure);
