// Prints vitest's benchmark JSON (`vitest bench --run --outputJson <file>`) as a Markdown table of medians,
// for BENCHMARKS.md. Usage: tsx scripts/bench-table.ts <file>
import { readFileSync } from 'node:fs';

interface BenchResult {
	name: string;
	median: number;
	mean: number;
	p99: number;
	hz: number;
	sampleCount: number;
}
interface BenchFile {
	files: { filepath: string; groups: { fullName: string; benchmarks: BenchResult[] }[] }[];
}

const path = process.argv[2];
if (!path) throw new Error('usage: tsx scripts/bench-table.ts <bench-output.json>');
const report = JSON.parse(readFileSync(path, 'utf8')) as BenchFile;
const micro = (ms: number) => (ms * 1_000).toFixed(ms * 1_000 < 10 ? 2 : 1);
for (const file of report.files) {
	for (const group of file.groups) {
		console.log(`\n#### ${group.fullName.replace(/^.*> /, '')}\n`);
		console.log('| benchmark | median µs | mean µs | p99 µs | ops/s | samples |');
		console.log('|---|--:|--:|--:|--:|--:|');
		for (const b of group.benchmarks) {
			console.log(
				`| ${b.name} | ${micro(b.median)} | ${micro(b.mean)} | ${micro(b.p99)} | ${Math.round(b.hz).toLocaleString('en-GB')} | ${b.sampleCount.toLocaleString('en-GB')} |`,
			);
		}
	}
}
