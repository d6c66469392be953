// The dataset's release step: sets data/meta.json's version to a date (today in UTC, or the date given) and writes
// data/release.json, the record of this release's figures by id that the next release's changelog is diffed
// against. Run it when data changes are ready to publish: `pnpm --filter @signpost-uk/domain release:data [YYYY-MM-DD]`.
import { readFileSync, writeFileSync } from 'node:fs';
import { releaseRecord } from '../src/dataset/release-record.js';
import { isCalendarDate } from '../src/schema/calendar-date.js';
import { checkDataFilesOrExit } from './read-data-files.js';

const version = process.argv[2] ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(version) || !isCalendarDate(version)) {
	console.error('The version is a date, YYYY-MM-DD.');
	process.exit(2);
}
const metaFile = new URL('../data/meta.json', import.meta.url);
const previous = (JSON.parse(readFileSync(metaFile, 'utf8')) as { version: string }).version;
if (version < previous) {
	console.error(`The version goes forward only: the current one is ${previous}.`);
	process.exit(2);
}
writeFileSync(metaFile, `{ "version": "${version}" }\n`);
const dataset = checkDataFilesOrExit();
// One figure a line, so a release's diff in git reads figure by figure.
const record = releaseRecord(dataset);
const lines = Object.entries(record.figures).map(
	([id, figure]) => `\t\t${JSON.stringify(id)}: ${JSON.stringify(figure)}`,
);
const text = `{\n\t"version": ${JSON.stringify(record.version)},\n\t"figures": {\n${lines.join(',\n')}\n\t}\n}\n`;
writeFileSync(new URL('../data/release.json', import.meta.url), text);
console.log(`dataset ${version}: released ${dataset.figures.length} figures (previous version ${previous})`);
