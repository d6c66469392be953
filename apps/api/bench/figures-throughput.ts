// /v1/figures on the API's Node server against a bare node:http server sending the same bytes, on loopback, with
// autocannon for a bounded duration each. Run with `pnpm --filter @signpost-uk/api bench` after the build; record the
// ratio and p99 in BENCHMARKS.md with the machine and the date.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const DURATION_SECONDS = 10;
const WARM_UP_SECONDS = 2;
const CONNECTIONS = 10;
const PATH = '/v1/figures?area=Derbyshire&year=2016/17';
const PORTS = { api: 18_787, bare: 18_788 };

const NODE_SERVER = fileURLToPath(new URL('../dist/main.mjs', import.meta.url));

/** The bare server: node:http answering every request with the recorded bytes and headers, nothing else. */
const BARE_SERVER = `
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
const { body, headers } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const bytes = Buffer.from(body);
createServer((request, response) => { response.writeHead(200, headers); response.end(bytes); })
  .listen(Number(process.argv[3]), '127.0.0.1', () => console.log('ready'));
`;

function start(args: string[], env: Record<string, string>): Promise<ChildProcess> {
	const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'pipe' });
	return new Promise((resolve, reject) => {
		child.stdout?.once('data', () => resolve(child));
		child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
}

async function load(url: string, seconds: number) {
	return autocannon({ url, connections: CONNECTIONS, duration: seconds });
}

const scratch = mkdtempSync(join(os.tmpdir(), 'signpost-api-bench-'));
const api = await start([NODE_SERVER], { PORT: String(PORTS.api), RATE_LIMIT: '0' });
try {
	const sample = await fetch(`http://127.0.0.1:${PORTS.api}${PATH}`);
	const body = await sample.text();
	const headers = Object.fromEntries(sample.headers);
	for (const name of ['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']) delete headers[name];
	const recorded = join(scratch, 'response.json');
	writeFileSync(recorded, JSON.stringify({ body, headers }));
	writeFileSync(join(scratch, 'bare.mjs'), BARE_SERVER);
	const bare = await start([join(scratch, 'bare.mjs'), recorded, String(PORTS.bare)], {});
	try {
		const results: Record<string, autocannon.Result> = {};
		for (const [name, port] of Object.entries(PORTS)) {
			const url = `http://127.0.0.1:${port}${PATH}`;
			await load(url, WARM_UP_SECONDS);
			results[name] = await load(url, DURATION_SECONDS);
		}
		const row = (name: string) => {
			const r = results[name] as autocannon.Result;
			return `| ${name.padEnd(4)} | ${r.requests.average.toFixed(0).padStart(6)} | ${r.latency.p50} ms | ${r.latency.p99} ms | ${r.errors + r.non2xx} |`;
		};
		const ratio = (results.api?.requests.average ?? 0) / (results.bare?.requests.average ?? 1);
		console.log(
			`${PATH}: ${body.length.toLocaleString('en-GB')} bytes; ${CONNECTIONS} connections, ${DURATION_SECONDS} s each`,
		);
		console.log(
			`${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${os
				.loadavg()
				.map((l) => l.toFixed(1))
				.join(' ')}`,
		);
		console.log('| server | req/s | p50 | p99 | errors |');
		console.log(row('api'));
		console.log(row('bare'));
		console.log(`ratio api / bare: ${ratio.toFixed(2)}`);
		bare.kill();
	} finally {
		bare.kill();
	}
} finally {
	api.kill();
	rmSync(scratch, { recursive: true, force: true });
}
