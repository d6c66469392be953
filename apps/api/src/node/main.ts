import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApi } from '../create-api.js';
import { ApiEnvError, loadApiEnv } from '../env.js';

// `pnpm api`: the API on Node. Logs where it listens, never a request (a person may type anything into a query).
try {
	const env = loadApiEnv(process.env);
	const api = createApi({ rateLimit: env.rateLimit, clientKey: (c) => getConnInfo(c).remote.address ?? 'unknown' });
	const server = serve({ fetch: api.fetch, port: env.port, hostname: env.host }, (info) => {
		const limit = env.rateLimit ? `${env.rateLimit} requests a minute per client` : 'no rate limit';
		console.log(`Signpost API on http://${env.host}:${info.port}/v1 (${limit}); OpenAPI at /v1/openapi.json`);
	});
	const stop = () => server.close(() => process.exit(0));
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
} catch (error) {
	console.error(error instanceof ApiEnvError ? `Signpost API: ${error.message}` : 'Signpost API could not start.');
	process.exit(1);
}
