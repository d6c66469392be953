// HTTP interactions server throughput on loopback: real Ed25519 verification, real core, autocannon for a bounded
// duration per scenario. Run with `pnpm --filter @signpost-uk/bot bench:http`; record results in BENCHMARKS.md.
import { generateKeyPairSync, sign } from 'node:crypto';
import os from 'node:os';
import autocannon from 'autocannon';
import { buildCommandInteraction } from '../src/console/build-command-interaction.js';
import { createInteractionHandler } from '../src/core/create-interaction-handler.js';
import { startHttpServer } from '../src/transports/http-server.js';
import { importPublicKey } from '../src/transports/verify-signature.js';

const DURATION_SECONDS = 5;
const CONNECTIONS = 10;

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');

function signed(payload: unknown) {
	const body = JSON.stringify(payload);
	const timestamp = String(Math.floor(Date.now() / 1_000));
	const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
	return {
		body,
		headers: {
			'content-type': 'application/json',
			'x-signature-ed25519': signature,
			'x-signature-timestamp': timestamp,
		},
	};
}

const figures = buildCommandInteraction('figures', [
	{ name: 'area', type: 3, value: 'Derbyshire' },
	{ name: 'year', type: 3, value: '2016/17' },
]);
const ping = { ...buildCommandInteraction('ping', []), type: 1 };
const autocomplete = {
	...figures,
	type: 4,
	data: { ...figures.data, options: [{ name: 'area', type: 3, value: 'Sta', focused: true }] },
};

const scenarios: {
	name: string;
	request: ReturnType<typeof signed> | undefined;
	method: 'GET' | 'POST';
	path: string;
}[] = [
	{ name: 'GET /healthz', request: undefined, method: 'GET', path: '/healthz' },
	{ name: 'PING (verify + PONG)', request: signed(ping), method: 'POST', path: '/interactions' },
	{ name: '/figures Derbyshire 2016/17', request: signed(figures), method: 'POST', path: '/interactions' },
	{ name: 'autocomplete area "Sta"', request: signed(autocomplete), method: 'POST', path: '/interactions' },
	{
		name: 'bad signature (401)',
		request: { ...signed(ping), body: JSON.stringify({ ...ping, id: '1' }) },
		method: 'POST',
		path: '/interactions',
	},
];

const { server, url } = await startHttpServer(
	{ publicKey: await importPublicKey(publicKeyHex), handler: createInteractionHandler({ log: () => {} }) },
	{ port: 0, host: '127.0.0.1' },
);

console.log(
	`Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${new Date().toISOString()}`,
);
console.log(`${CONNECTIONS} connections, ${DURATION_SECONDS} s per scenario, autocannon on loopback\n`);
console.log('| Scenario | Requests/s (mean) | Latency p50 ms | p99 ms | Non-2xx | Errors |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const scenario of scenarios) {
	const result = await autocannon({
		url: `${url}${scenario.path}`,
		method: scenario.method,
		connections: CONNECTIONS,
		duration: DURATION_SECONDS,
		...(scenario.request ? { body: scenario.request.body, headers: scenario.request.headers } : {}),
	});
	console.log(
		`| ${scenario.name} | ${Math.round(result.requests.average).toLocaleString('en-GB')} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx} | ${result.errors} |`,
	);
}
await new Promise<void>((resolve) => server.close(() => resolve()));
