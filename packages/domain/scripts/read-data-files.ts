import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding the dataset's JSON files. */
export const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

function readJson(path: string): unknown {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new Error(`${path}: ${(error as Error).message}`);
	}
}

function readBatches(folder: string): unknown[] {
	let names: string[];
	try {
		names = readdirSync(join(dataDir, folder)).filter((name) => name.endsWith('.json'));
	} catch {
		return [];
	}
	return names.sort().flatMap((name) => {
		const value = readJson(join(dataDir, folder, name));
		if (!Array.isArray(value)) throw new Error(`${folder}/${name}: must hold a JSON array`);
		return value;
	});
}

interface CorroborationRecord {
	figure: string;
	source: string;
	quote: string;
}

interface FigureRecord {
	id: string;
	sources: { source: string; quote: string }[];
}

/**
 * Reads every data file into one dataset value (not yet validated): registries, releases, batches of sources, figures, claims
 * and conflicts, with corroborations merged into the figures they confirm.
 */
export function readDataFiles() {
	const figures = readBatches('figures') as FigureRecord[];
	const byId = new Map(figures.map((figure) => [figure.id, figure]));
	for (const extra of readBatches('corroborations') as CorroborationRecord[]) {
		const figure = byId.get(extra.figure);
		if (!figure) throw new Error(`corroboration names unknown figure "${extra.figure}"`);
		figure.sources.push({ source: extra.source, quote: extra.quote });
	}
	return {
		version: (readJson(join(dataDir, 'meta.json')) as { version: string }).version,
		areas: readJson(join(dataDir, 'areas.json')),
		measures: readJson(join(dataDir, 'measures.json')),
		ageBands: readJson(join(dataDir, 'age-bands.json')),
		releases: readJson(join(dataDir, 'releases.json')),
		sources: readBatches('sources'),
		figures,
		claims: readBatches('claims'),
		conflicts: readBatches('conflicts'),
	};
}
