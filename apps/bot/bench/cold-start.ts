// Cold start and memory of the built bot, measured against a bare Node start in the same run: HTTP mode (dist/main.mjs)
// from spawn to its first answered request, beside `node` starting a bare node:http server the same way; the bot's RSS
// at rest; then, since the dataset and the number formatter are made on first use, the same for a first signed
// /figures command (what the first user waits for, and the memory of a bot that has answered); the Worker's size and
// its start-up in workerd beside an empty Worker. Run after `pnpm build` with
// `pnpm --filter @signpost-uk/bot bench:cold`; record results in BENCHMARKS.md.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { figuresInteraction } from '../src/__tests__/support/interactions.js';
import { makeKeys, signBody } from '../src/transports/__tests__/support/signing.js';
import { startWorkerd, workerdBinary } from '../src/transports/__tests__/support/start-workerd.js';

const RUNS = Number(process.env.COLD_START_RUNS ?? 15);
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const KEY = 'a'.repeat(64);
const KEYS = makeKeys();
const FIRST_COMMAND = JSON.stringify(figuresInteraction('Kent'));
const BARE_SERVER = `require('node:http').createServer((q, s) => s.end('ok')).listen(0, '127.0.0.1', function () {
	process.stderr.write('listening http://127.0.0.1:' + this.address().port + '/interactions\\n');
});`;

interface Start {
	readonly readyMs: number;
	readonly rssKb: number | undefined;
}

function rssKb(pid: number | undefined): number | undefined {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
	} catch {
		return undefined;
	}
}

/** A signed `/figures area:Kent`, as Discord would send it; resolves when it is answered (rejects on an error status). */
async function firstCommand(url: string): Promise<void> {
	const response = await fetch(`${url}/interactions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...signBody(KEYS, FIRST_COMMAND) },
		body: FIRST_COMMAND,
	});
	const text = await response.text();
	if (!response.ok || !text.includes('0800 1111')) throw new Error(`first command answered ${response.status}`);
}

/**
 * Spawns `args`, waits for the URL it logs, answers one GET /healthz (or, with `command`, a signed /figures command
 * after it), optionally waits at rest and reads RSS.
 */
async function start(args: string[], env: Record<string, string>, restMs: number, command = false): Promise<Start> {
	const started = performance.now();
	const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
	let log = '';
	const url = await new Promise<string>((resolve, reject) => {
		child.stderr.on('data', (chunk) => {
			log += chunk;
			const found = /http:\/\/127\.0\.0\.1:\d+/.exec(log);
			if (found) resolve(found[0]);
		});
		child.once('exit', () => reject(new Error(`exited before listening:\n${log}`)));
	});
	await (await fetch(`${url}/healthz`)).arrayBuffer();
	if (command) await firstCommand(url);
	const readyMs = performance.now() - started;
	if (restMs > 0) await new Promise((resolve) => setTimeout(resolve, restMs));
	const rss = rssKb(child.pid);
	child.kill();
	await new Promise((resolve) => child.once('close', resolve));
	return { readyMs, rssKb: rss };
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] as number;
};

const bare: Start[] = [];
const bot: Start[] = [];
const answered: Start[] = [];
const botEnv = (key: string) => ({ DISCORD_PUBLIC_KEY: key, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' });
for (let run = 0; run < RUNS; run += 1) {
	// Interleaved, so a busy moment on a shared machine weighs on all three.
	const rest = run < 3 ? 2_000 : 0;
	bare.push(await start(['-e', BARE_SERVER], {}, rest));
	bot.push(await start([`${DIST}main.mjs`], botEnv(KEY), rest));
	answered.push(await start([`${DIST}main.mjs`], botEnv(KEYS.publicKeyHex), rest, true));
}
const bareMs = median(bare.map((s) => s.readyMs));
const botMs = median(bot.map((s) => s.readyMs));
const answeredMs = median(answered.map((s) => s.readyMs));
const atRest = (starts: Start[]) => median(starts.flatMap((s) => (s.rssKb ? [s.rssKb / 1_024] : [])));

const worker = readFileSync(`${DIST}worker.mjs`);
// The chart renderer ships beside the script as a WebAssembly module of its own (imported as ./resvg.wasm).
const RESVG_WASM = `${DIST}resvg.wasm`;
const wasm = readFileSync(RESVG_WASM);
const rows: string[] = [
	`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}; load average ${os
		.loadavg()
		.map((n) => n.toFixed(1))
		.join(' ')}. Date: ${new Date().toISOString().slice(0, 10)}. ${RUNS} interleaved starts each, medians.`,
	'',
	'| HTTP mode cold start (spawn → first answered request) | ms |',
	'| ----------------------------------------------------- | -: |',
	`| bare \`node\` with a node:http server                    | ${bareMs.toFixed(0)} |`,
	`| \`node dist/main.mjs\` (HTTP mode)                       | ${botMs.toFixed(0)} |`,
	`| ratio (aim: at most 1.5)                              | ${(botMs / bareMs).toFixed(2)} |`,
	`| HTTP mode, spawn → first signed /figures answered      | ${answeredMs.toFixed(0)} |`,
	'',
	'| RSS at rest (2 s after the first request) | MB |',
	'| ----------------------------------------- | -: |',
	`| bare \`node\` with a node:http server        | ${atRest(bare).toFixed(1)} |`,
	`| HTTP mode (aim: under 60)                 | ${atRest(bot).toFixed(1)} |`,
	`| HTTP mode, after a first /figures answered | ${atRest(answered).toFixed(1)} |`,
	'',
	'| Worker (`dist/worker.mjs`, one module) | size |',
	'| -------------------------------------- | ---: |',
	`| bytes                                  | ${worker.length.toLocaleString('en-GB')} |`,
	`| gzipped                                | ${gzipSync(worker).length.toLocaleString('en-GB')} |`,
	`| resvg.wasm beside it, bytes            | ${wasm.length.toLocaleString('en-GB')} |`,
	`| resvg.wasm, gzipped                    | ${gzipSync(wasm).length.toLocaleString('en-GB')} |`,
];

const binary = workerdBinary();
if ('path' in binary) {
	const empty = `${os.tmpdir()}/signpost-empty-worker.mjs`;
	writeFileSync(empty, 'export default { fetch() { return new Response("ok"); } };\n');
	const time = async (module: string, withWasm = false) => {
		const started = performance.now();
		const running = await startWorkerd(
			binary.path,
			module,
			{ DISCORD_PUBLIC_KEY: KEY },
			{ wasm: withWasm ? [RESVG_WASM] : [] },
		);
		const ms = performance.now() - started;
		await running.close();
		return ms;
	};
	const emptyMs: number[] = [];
	const botWorkerMs: number[] = [];
	for (let run = 0; run < 5; run += 1) {
		emptyMs.push(await time(empty));
		botWorkerMs.push(await time(`${DIST}worker.mjs`, true));
	}
	rows.push(
		'',
		'| workerd (`workerd serve`, spawn → first GET /healthz answered) | ms |',
		'| ------------------------------------------------------------- | -: |',
		`| an empty Worker                                               | ${median(emptyMs).toFixed(0)} |`,
		`| dist/worker.mjs                                               | ${median(botWorkerMs).toFixed(0)} |`,
		`| the bot's script start-up (difference)                        | ${(median(botWorkerMs) - median(emptyMs)).toFixed(0)} |`,
	);
} else {
	rows.push('', `workerd not measured: ${binary.reason}`);
}
console.log(rows.join('\n'));
process.exit(0);
