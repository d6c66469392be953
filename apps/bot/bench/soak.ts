// Soak: the built HTTP server (dist/main.mjs, HTTP mode, its own process) under a steady rate of signed /figures
// requests for SOAK_SECONDS (default 60) on loopback; errors, non-2xx, p50/p99, and the server's heap after a full
// collection (it runs with --expose-gc and answers a signal by collecting and logging its heap). Run after
// `pnpm build` with `pnpm --filter @signpost-uk/bot bench:soak`; record results in BENCHMARKS.md.
import { spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildCommandInteraction } from '../src/console/build-command-interaction.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const RATE = Number(process.env.SOAK_RATE ?? 500);
const MAIN = fileURLToPath(new URL('../dist/main.mjs', import.meta.url));

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
const interaction = buildCommandInteraction('figures', [
	{ name: 'area', type: 3, value: 'Derbyshire' },
	{ name: 'year', type: 3, value: '2016/17' },
]);

// The heap probe: loaded into the server process with --import, it collects and prints the heap on SIGUSR2.
const probe = `data:text/javascript,${encodeURIComponent(
	"process.on('SIGUSR2',()=>{globalThis.gc();const m=process.memoryUsage();process.stderr.write('heap '+JSON.stringify({heapUsed:m.heapUsed,rss:m.rss})+'\\n')})",
)}`;
const child = spawn(process.execPath, ['--expose-gc', '--import', probe, MAIN], {
	env: {
		...process.env,
		DISCORD_PUBLIC_KEY: publicKeyHex,
		PORT: '0',
		HOST: '127.0.0.1',
		// Info, as in production: one log line per request, to standard error.
		LOG_LEVEL: 'info',
	},
	stdio: ['ignore', 'ignore', 'pipe'],
});
let log = '';
child.stderr.on('data', (chunk) => {
	// Keep only the tail: the per-request lines are not needed, the port and heap lines are.
	log = (log + chunk).slice(-4_096);
});
// The port, from the line the server logs once it listens.
const port = await new Promise<number>((resolve, reject) => {
	child.once('exit', () => reject(new Error(`server exited:\n${log}`)));
	const started = Date.now();
	const look = () => {
		const found = /127\.0\.0\.1:(\d+)/.exec(log);
		if (found) resolve(Number(found[1]));
		else if (Date.now() - started > 10_000) reject(new Error(`no port in:\n${log}`));
		else setTimeout(look, 20);
	};
	look();
});
const heap = async (): Promise<{ heapUsed: number; rss: number }> => {
	log = '';
	child.kill('SIGUSR2');
	for (let attempt = 0; attempt < 100; attempt += 1) {
		const found = /heap (\{.*\})/.exec(log);
		if (found) return JSON.parse(found[1] as string);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	throw new Error('no heap report');
};

const atStart = await heap();
// Each request re-signed with a fresh timestamp would cost the client more than the server; one signature is
// valid for five minutes, so a soak of up to 4 minutes replays one.
const body = JSON.stringify(interaction);
const timestamp = String(Math.floor(Date.now() / 1_000));
const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
const result = await autocannon({
	url: `http://127.0.0.1:${port}/interactions`,
	method: 'POST',
	body,
	headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp },
	connections: 10,
	overallRate: RATE,
	duration: SECONDS,
});
const atEnd = await heap();
child.kill('SIGTERM');
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
console.log(
	`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}; load average ${os
		.loadavg()
		.map((n) => n.toFixed(1))
		.join(' ')}. Date: ${new Date().toISOString().slice(0, 10)}.`,
);
console.log(`\nSoak: ${SECONDS} s at ${RATE} requests/s (10 connections), signed /figures Derbyshire 2016/17\n`);
console.log('| requests | errors | non-2xx | p50 ms | p99 ms | max ms | heap after GC, start → end MB | RSS end MB |');
console.log('| -------: | -----: | ------: | -----: | -----: | -----: | ----------------------------: | ---------: |');
console.log(
	`| ${result.requests.total.toLocaleString('en-GB')} | ${result.errors} | ${result.non2xx} | ${result.latency.p50} | ${result.latency.p99} | ${result.latency.max} | ${mb(atStart.heapUsed)} → ${mb(atEnd.heapUsed)} | ${mb(atEnd.rss)} |`,
);
process.exit(0);
