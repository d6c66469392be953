import { CHILDLINE_PHONE, EMERGENCY_PHONE, getBundledDataset, NSPCC_HELPLINE_PHONE } from '@signpost-uk/domain';
import { dataChanges, releaseRecord } from '@signpost-uk/sdk';
import { describe, expect, it } from 'vitest';
import { DATA_PACKAGE_DIR, downloadFiles, downloadPage } from '../download-page.js';

const dataset = getBundledDataset();

describe('the download page', () => {
	const page = downloadPage(dataset, releaseRecord(dataset));
	const files = downloadFiles(dataset);

	it('links every file of the data package, with its version, and carries the help lines', () => {
		expect(page).toContain(`Dataset version **${dataset.version}**`);
		for (const name of Object.keys(files).filter((n) => n !== 'README.md'))
			expect(page).toContain(`(/${DATA_PACKAGE_DIR}/${name})`);
		for (const number of [CHILDLINE_PHONE, NSPCC_HELPLINE_PHONE, EMERGENCY_PHONE]) expect(page).toContain(number);
	});

	it('is built from the same export: the figures row count is the package’s', () => {
		const rows = (files['figures.csv'] ?? '').split('\r\n').filter(Boolean).length - 1;
		expect(rows).toBe(dataset.figures.length);
		expect(JSON.parse(files['datapackage.json'] ?? '{}').version).toBe(dataset.version);
	});

	it('shows the changelog since the last release, figure by figure', () => {
		const [first] = dataset.figures;
		if (!first) throw new Error('figures');
		const older = { ...releaseRecord(dataset), version: '2026-01-01', figures: { ...releaseRecord(dataset).figures } };
		delete (older.figures as Record<string, unknown>)[first.id];
		const withChange = downloadPage(dataset, older);
		expect(withChange).toContain('since the 2026-01-01 release');
		expect(withChange).toContain('### Added (1)');
		expect(withChange).toContain(`\`${first.id}\``);
		expect(dataChanges(older, dataset).added.map((f) => f.id)).toEqual([first.id]);
	});
});
