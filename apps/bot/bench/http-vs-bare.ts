// The HTTP interactions server against a bare node:http server doing the same Ed25519 verification (WebCrypto, the
// same verifySignature) and answering PING with PONG: same run, interleaved rounds, autocannon on loopback.
// Run with `pnpm exec tsx bench/http-vs-bare.ts`; record results in BENCHMARKS.md with the load average.
import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer } from 'node:http';
import os from 'node:os';
import autocannon from 'autocannon';
import { createInteractionHandler } from '../src/core/create-interaction-handler.js';
import { startHttpServer } from '../src/transports/http-server.js';
import { listenServer } from '../src/transports/listen-server.js';
import { importPublicKey, verifySignature } from '../src/transports/verify-signature.js';

const ROUNDS = 6;
const SECONDS = 3;
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const key = await importPublicKey(publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex'));
const body = JSON.stringify({ type: 1, id: '1', application_id: '2', token: 't', version: 1 });
const timestamp = String(Math.floor(Date.now() / 1_000));
const headers = {
	'content-type': 'application/json',
	'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), privateKey).toString('hex'),
	'x-signature-timestamp': timestamp,
};

const bare = createServer((request, response) => {
	const chunks: Buffer[] = [];
	request.on('data', (chunk: Buffer) => chunks.push(chunk));
	request.on('end', async () => {
		const check = await verifySignature(key, {
			signature: request.headers['x-signature-ed25519'] as string,
			timestamp: request.headers['x-signature-timestamp'] as string,
			body: Buffer.concat(chunks),
		});
		if (!check.ok) {
			response.writeHead(401).end();
			return;
		}
		JSON.parse(Buffer.concat(chunks).toString('utf8'));
		response.writeHead(200, { 'content-type': 'application/json' }).end('{"type":1}');
	});
});
const bareUrl = await listenServer(bare, { port: 0, host: '127.0.0.1' });
const ours = await startHttpServer(
	{ publicKey: key, handler: createInteractionHandler({ log: () => {} }) },
	{ port: 0, host: '127.0.0.1' },
);

const run = async (url: string) =>
	(await autocannon({ url: `${url}/interactions`, method: 'POST', body, headers, connections: 10, duration: SECONDS }))
		.requests.average;

console.log(`Node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model}), ${new Date().toISOString()}`);
console.log(
	`load average at start: ${os
		.loadavg()
		.map((value) => value.toFixed(2))
		.join(', ')}`,
);
const totals = { bare: 0, ours: 0 };
for (let round = 1; round <= ROUNDS; round += 1) {
	const b = await run(bareUrl);
	const o = await run(ours.url);
	totals.bare += b;
	totals.ours += o;
	console.log(`round ${round}: bare ${Math.round(b)}, endpoint ${Math.round(o)} (${(o / b).toFixed(2)}x) req/s`);
}
console.log(
	`overall: endpoint ${(totals.ours / totals.bare).toFixed(2)}x; load average at end: ${os
		.loadavg()
		.map((v) => v.toFixed(2))
		.join(', ')}`,
);
bare.close();
ours.server.close();
