// The /trend chart's cost on each renderer, and what it adds to the Worker: per chart, native resvg (the Node
// transports) against resvg's WebAssembly build (the Worker), both in Node; then in workerd itself, a signed /trend
// (chart drawn) against a signed /figures, end to end; and dist/worker.mjs and dist/resvg.wasm, raw and gzipped.
// Bounded: a fixed number of renders. Run after `pnpm build` with `pnpm exec tsx bench/chart-render.ts`.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { getBundledDataset, getSeries, seriesChart } from '@signpost-uk/domain';
import { figuresInteraction, trendInteraction } from '../src/__tests__/support/interactions.js';
import { makeKeys, signBody } from '../src/transports/__tests__/support/signing.js';
import { startWorkerd, workerdBinary } from '../src/transports/__tests__/support/start-workerd.js';
import { renderChartPng } from '../src/transports/render-chart-png.js';
import { loadWasmChartRenderer } from '../src/transports/render-chart-wasm.js';

const RENDERS = 30;
const REQUESTS = 30;
const require = createRequire(import.meta.url);
const dist = (name: string) => new URL(`../dist/${name}`, import.meta.url);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ms = (value: number) => value.toFixed(1);

async function timeEach(count: number, run: () => unknown): Promise<number> {
	await run();
	const times: number[] = [];
	for (let index = 0; index < count; index += 1) {
		const started = performance.now();
		await run();
		times.push(performance.now() - started);
	}
	return median(times);
}

function ukSvg(): string {
	const answer = getSeries(getBundledDataset(), { area: 'UK' });
	if (answer.status !== 'found') throw new Error(`the UK series is ${answer.status}`);
	return seriesChart(answer.data).svg;
}

async function renderers(): Promise<void> {
	const svg = ukSvg();
	const wasmBytes = readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'));
	const font = new Uint8Array(readFileSync(new URL('../assets/fonts/dejavu-sans-subset.ttf', import.meta.url)));
	const started = performance.now();
	const wasm = await loadWasmChartRenderer(wasmBytes, font);
	const loadMs = performance.now() - started;
	// Interleaved, one of each in turn, so a busy machine slows both alike.
	const native: number[] = [];
	const webAssembly: number[] = [];
	renderChartPng(svg);
	wasm(svg);
	for (let index = 0; index < RENDERS; index += 1) {
		for (const [times, render] of [
			[native, renderChartPng],
			[webAssembly, wasm],
		] as const) {
			const at = performance.now();
			render(svg);
			times.push(performance.now() - at);
		}
	}
	console.log(`| renderer (UK chart, 760 × 520, ${RENDERS} renders each, interleaved, median) | ms per chart |`);
	console.log('| --- | ---: |');
	console.log(`| native @resvg/resvg-js, system DejaVu Sans (Node) | ${ms(median(native))} |`);
	console.log(`| @resvg/resvg-wasm, bundled font (in Node) | ${ms(median(webAssembly))} |`);
	console.log(`| @resvg/resvg-wasm: compile and instantiate once (in Node) | ${ms(loadMs)} |`);
}

async function inWorkerd(): Promise<void> {
	const binary = workerdBinary();
	if (!('path' in binary)) return void console.log(`workerd skipped: ${binary.reason}`);
	const keys = makeKeys();
	const workerd = await startWorkerd(
		binary.path,
		dist('worker.mjs').pathname,
		{ DISCORD_PUBLIC_KEY: keys.publicKeyHex },
		{ wasm: [dist('resvg.wasm').pathname] },
	);
	try {
		const post = async (payload: unknown) => {
			const body = JSON.stringify(payload);
			const response = await fetch(`${workerd.url}/interactions`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', ...signBody(keys, body) },
				body,
			});
			await response.arrayBuffer();
		};
		const first = performance.now();
		await post(trendInteraction('UK'));
		const firstMs = performance.now() - first;
		// Each request comes from a different user: the core's rate limit (20 a minute) stays out of the way.
		let user = 0;
		const as = (payload: ReturnType<typeof trendInteraction>) => {
			user += 1;
			return { ...payload, member: { user: { id: String(1_000 + user) } } };
		};
		const trend = await timeEach(REQUESTS, () => post(as(trendInteraction('UK'))));
		const figures = await timeEach(REQUESTS, () => post(as(figuresInteraction('UK'))));
		console.log(`\n| workerd, signed request over loopback (${REQUESTS} each, median) | ms |`);
		console.log('| --- | ---: |');
		console.log(`| first /trend area:UK after start (instantiates the WebAssembly) | ${ms(firstMs)} |`);
		console.log(`| /trend area:UK (chart drawn, multipart reply) | ${ms(trend)} |`);
		console.log(`| /figures area:UK (no chart) | ${ms(figures)} |`);
	} finally {
		await workerd.close();
	}
}

function sizes(): void {
	console.log('\n| Worker upload | bytes | gzipped |');
	console.log('| --- | ---: | ---: |');
	for (const name of ['worker.mjs', 'resvg.wasm']) {
		const bytes = readFileSync(dist(name));
		console.log(
			`| dist/${name} | ${statSync(dist(name)).size.toLocaleString('en-GB')} | ${gzipSync(bytes, { level: 9 }).length.toLocaleString('en-GB')} |`,
		);
	}
}

console.log(`Node ${process.version}, ${new Date().toISOString()}\n`);
await renderers();
await inWorkerd();
sizes();
