// Ed25519 verification cost per request: the shared WebCrypto path (Node and Workers) against node:crypto's
// synchronous verify. Bounded: a fixed number of verifications. Run with `pnpm exec tsx bench/verify-signature.ts`.
import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { importPublicKey, verifySignature } from '../src/transports/verify-signature.js';

const COUNT = 20_000;
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
const body = new TextEncoder().encode(
	JSON.stringify({ type: 2, data: { name: 'figures' }, padding: 'x'.repeat(1_500) }),
);
const timestamp = String(Math.floor(Date.now() / 1_000));
const message = Buffer.concat([Buffer.from(timestamp), body]);
const signature = sign(null, message, privateKey);
const key = await importPublicKey(publicKeyHex);
const request = { signature: signature.toString('hex'), timestamp, body };

async function measure(name: string, run: () => Promise<unknown> | unknown): Promise<void> {
	const started = performance.now();
	for (let index = 0; index < COUNT; index += 1) await run();
	const seconds = (performance.now() - started) / 1_000;
	console.log(
		`| ${name} | ${Math.round(COUNT / seconds).toLocaleString('en-GB')} | ${((seconds / COUNT) * 1e6).toFixed(0)} |`,
	);
}

console.log(`Node ${process.version}, ${COUNT.toLocaleString('en-GB')} verifications of a 1.5 KB body\n`);
console.log('| Path | Verifications/s | µs each |');
console.log('| --- | ---: | ---: |');
await measure('verifySignature (WebCrypto, hex decode, timestamp check)', () => verifySignature(key, request));
await measure('node:crypto verify (sync, KeyObject)', () => verify(null, message, publicKey, signature));
