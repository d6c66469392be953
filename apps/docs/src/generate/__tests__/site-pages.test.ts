import {
	CAVEATS,
	CHILDLINE_PHONE,
	changeNotComputed,
	type Dataset,
	EMERGENCY_PHONE,
	formatFigureValue,
	getBundledDataset,
	HELP_SERVICES,
	latestSummary,
	NSPCC_HELPLINE_PHONE,
	noFigureFor,
	resolveArea,
	WORDING,
} from '@signpost-uk/domain';
import { fixtureDataset } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import { areasWithFigures } from '../areas-with-figures.js';
import { mdText } from '../markdown-text.js';
import { nationalYears } from '../national-page.js';
import { sitePages } from '../site-pages.js';
import { areaPath, nationalYearPath, SITE_PATHS } from '../site-paths.js';
import { BANNED_WORDS, bannedWordsOutsideQuotes } from './support/banned-words.js';

const datasets: [string, Dataset][] = [
	['fixture', fixtureDataset()],
	['bundled', getBundledDataset()],
];

describe.each(datasets)('generated pages (%s dataset)', (_name, dataset) => {
	const pages = sitePages(dataset);

	it('writes a page for every area with figures, and each has the help numbers and every figure value held', () => {
		for (const area of areasWithFigures(dataset)) {
			const page = pages.get(areaPath(area).file);
			expect(page, area.id).toBeDefined();
			for (const number of [CHILDLINE_PHONE, NSPCC_HELPLINE_PHONE, EMERGENCY_PHONE]) expect(page).toContain(number);
			for (const figure of dataset.figures.filter((f) => f.area === area.id)) {
				expect(page, figure.id).toContain(formatFigureValue(figure));
				for (const ref of figure.sources) expect(page, figure.id).toContain(`“${mdText(ref.quote)}”`);
			}
		}
	});

	it('writes a page for every police force, figures or not; a force with none says so, with help and a link to its groups', () => {
		const held = new Set(dataset.figures.map((f) => f.area));
		for (const force of dataset.areas.filter((a) => a.kind === 'force')) {
			const page = pages.get(areaPath(force).file) ?? '';
			expect(page, force.id).toContain(`# ${mdText(force.name)}`);
			if (held.has(force.id)) continue;
			expect(page, force.id).toContain(`Signpost holds no published figure for ${mdText(force.name)}.`);
			for (const number of [CHILDLINE_PHONE, NSPCC_HELPLINE_PHONE, EMERGENCY_PHONE])
				expect(page, force.id).toContain(number);
			for (const group of dataset.areas.filter((g) => g.members?.includes(force.id) && held.has(g.id)))
				expect(page, force.id).toContain(`](${areaPath(group).link})`);
		}
	});

	it('names no host in a default build: "cite this figure" links are relative', () => {
		for (const [file, page] of pages) {
			expect(page, file).not.toContain('example.org');
			for (const [, link = ''] of page.matchAll(/Cite this figure: .*, \[([^\]]+)\]\(/g))
				expect(link, file).toMatch(/^\/data\/[^ ]+#figure-/);
		}
		const withBase = sitePages(dataset, new Map(), { baseUrl: 'https://docs.signpost.test' });
		const area = areasWithFigures(dataset)[0];
		if (area)
			expect(withBase.get(areaPath(area).file)).toContain(`<https://docs.signpost.test${areaPath(area).link}#figure-`);
	});

	it('never writes "aged aged" in a label', () => {
		for (const [file, page] of pages) expect(page, file).not.toMatch(/\baged aged\b/);
	});

	it('leads the national page with the UK total and its year, then the nations, then the forces', () => {
		const page = pages.get(SITE_PATHS.national.file) ?? '';
		const uk = dataset.areas.find((a) => a.kind === 'uk');
		const summary = uk ? latestSummary(dataset, uk) : undefined;
		if (!uk || !summary?.total) return;
		const at = (id: string) => {
			const area = dataset.areas.find((a) => a.id === id);
			const sentence = area ? latestSummary(dataset, area).sentences[0] : undefined;
			return sentence ? page.indexOf(mdText(sentence)) : -1;
		};
		const first = page.indexOf(`**${mdText(summary.sentences[0] ?? '')}**`);
		expect(first).toBeGreaterThan(page.indexOf('# National figures'));
		expect(first).toBeLessThan(page.search(/^## /m));
		const nation = dataset.areas.find((a) => a.kind === 'nation' && latestSummary(dataset, a).total);
		const force = dataset.areas.find(
			(a) => a.kind === 'force' && a.id === 'police-scotland' && latestSummary(dataset, a).total,
		);
		if (nation) expect(at(nation.id)).toBeGreaterThan(first);
		if (nation && force) expect(at(force.id)).toBeGreaterThan(at(nation.id));
	});

	it('carries the help numbers on every generated page except the included help-lines part', () => {
		for (const [file, page] of pages) {
			expect(page, file).toContain(CHILDLINE_PHONE);
			expect(page, file).toContain(NSPCC_HELPLINE_PHONE);
		}
	});

	it('draws each chart once per page, and no chart line across a missing or disputed year', () => {
		for (const [file, page] of pages) {
			const ids = [...page.matchAll(/<svg id="([^"]+)"/g)].map((m) => m[1]);
			expect(new Set(ids).size, file).toBe(ids.length);
			for (const svg of page.match(/<svg [\s\S]*?<\/svg>/g) ?? []) {
				const disputed = [...svg.matchAll(/class="sp-range"[^>]*data-year="([^"]+)"/g)].map((m) => m[1]);
				for (const [, from = '', to = ''] of svg.matchAll(
					/class="sp-line"[^>]*data-from="([^"]+)" data-to="([^"]+)"/g,
				)) {
					expect(Number(to.slice(0, 4)) - Number(from.slice(0, 4)), `${file} ${from}-${to}`).toBe(1);
					expect(disputed, file).not.toContain(from);
					expect(disputed, file).not.toContain(to);
				}
			}
		}
	});

	it('opens every area page with the latest total and its year, from the domain, before any year section', () => {
		for (const area of areasWithFigures(dataset)) {
			const page = pages.get(areaPath(area).file) ?? '';
			const summary = latestSummary(dataset, area);
			const first = summary.sentences[0] ?? '';
			const at = page.indexOf(mdText(first));
			expect(at, area.id).toBeGreaterThan(page.indexOf('# '));
			expect(at, area.id).toBeLessThan(page.search(/^## /m));
			for (const sentence of summary.sentences) expect(page, area.id).toContain(mdText(sentence));
			// The other measures are listed in the summary as the answer with no year gives them: measure, year, value.
			const block = page.slice(page.indexOf('<div class="sp-summary">'), page.indexOf('</div>'));
			for (const other of summary.others)
				for (const figure of other.figures)
					expect(block, `${area.id} ${other.measure.id}`).toContain(`, ${other.year}: **${mdText(figure.valueText)}**`);
		}
	});

	it('links "Download the data" from every data page when the site has the download page, and never otherwise', () => {
		const withDownload = sitePages(dataset, new Map(), { downloadLink: '/download' });
		const dataFiles = [...withDownload.keys()].filter((f) => f.startsWith('data/'));
		expect(dataFiles.length).toBeGreaterThan(2);
		for (const file of dataFiles) {
			expect(withDownload.get(file), file).toContain('[Download the data](/download)');
			expect(pages.get(file), file).not.toContain('/download');
		}
	});

	it('anchors every figure by its id, with a "cite this figure" line naming the dataset version', () => {
		for (const area of areasWithFigures(dataset)) {
			const page = pages.get(areaPath(area).file) ?? '';
			for (const figure of dataset.figures.filter((f) => f.area === area.id))
				expect(page, figure.id).toContain(`{#figure-${figure.id}}`);
			expect(page, area.id).toContain(`Signpost dataset version ${dataset.version}`);
		}
	});

	it('splits the national figures into one page per year, each citing each of its sources once', () => {
		const national = pages.get(SITE_PATHS.national.file) ?? '';
		for (const year of nationalYears(dataset)) {
			const file = nationalYearPath(year).file;
			const page = pages.get(file) ?? '';
			expect(national, year).toContain(`](${nationalYearPath(year).link})`);
			const listed = [...page.matchAll(/<li id="source-([^"]+)">/g)].map((m) => m[1]);
			expect(listed.length, file).toBeGreaterThan(0);
			expect(new Set(listed).size, file).toBe(listed.length);
			// Figures point to the list; no source is written out in full beside a figure.
			expect(page, file).not.toMatch(/^- Source: \[[^\]]*\]\(</m);
			for (const [, id] of page.matchAll(/\]\(#source-([^)]+)\)/g)) expect(listed, file).toContain(id);
		}
	});

	it('gives each help number once per section of the support page', () => {
		const support = pages.get(SITE_PATHS.support.file) ?? '';
		for (const section of support.split(/^## /m))
			for (const service of HELP_SERVICES)
				if (service.phone && service.phone !== '999')
					expect(section.split(service.phone).length - 1, service.name).toBeLessThanOrEqual(1);
	});

	it('uses no sensational word outside quotes on any page', () => {
		for (const [file, page] of pages) expect(bannedWordsOutsideQuotes(page), file).toEqual([]);
	});

	it('lists every area in the index, saying so where no figure is held', () => {
		const index = pages.get(SITE_PATHS.dataIndex.file) ?? '';
		const held = new Set(dataset.figures.map((f) => f.area));
		for (const area of dataset.areas) {
			const row = index
				.split('\n')
				.find(
					(line) =>
						line.startsWith(`| ${area.name.replace(/&/g, '&amp;')}`) ||
						line.includes(`[${area.name.replace(/&/g, '&amp;')}]`),
				);
			expect(row, area.id).toBeDefined();
			const resolved = resolveArea(dataset, area.id);
			const holder = resolved.status === 'found' ? resolved.area : area;
			if (held.has(area.id) || !held.has(holder.id)) {
				expect(row?.includes('No figures held yet'), area.id).toBe(!held.has(area.id));
			} else {
				// A nation policed by one force (Scotland, Northern Ireland): its figures are that force's.
				expect(row, area.id).toContain(`Held under [${holder.name}](${areaPath(holder).link})`);
			}
		}
	});

	it('gives the coverage table a row for every force', () => {
		const coverage = pages.get(SITE_PATHS.coverage.file) ?? '';
		for (const force of dataset.areas.filter((a) => a.kind === 'force')) expect(coverage).toContain(force.shortName);
	});

	it('is deterministic: the same dataset gives the same pages', () => {
		expect([...sitePages(dataset)]).toEqual([...pages]);
	});

	it('lists every source with its address and every help service with its last-checked date', () => {
		const sources = pages.get(SITE_PATHS.sources.file) ?? '';
		for (const source of dataset.sources) if (source.url) expect(sources).toContain(source.url);
		const support = pages.get(SITE_PATHS.support.file) ?? '';
		for (const service of HELP_SERVICES) {
			expect(support).toContain(service.name);
			expect(support).toContain(service.lastChecked);
			if (service.phone) expect(support).toContain(service.phone);
		}
	});
});

describe('generated pages over the fixture', () => {
	const dataset = fixtureDataset();
	const pages = sitePages(dataset);
	const derbyshire = pages.get('data/areas/derbyshire.md') ?? '';

	it('keeps a conflict visible, with both values, their sources and the note', () => {
		expect(derbyshire).toContain('983');
		expect(derbyshire).toContain('166');
		expect(derbyshire).toContain('The March 2017 release reported 166');
		expect(derbyshire).toContain('Ripley and Heanor News');
		expect(derbyshire).toContain('the sources disagree');
	});

	it('charts a series of two or more years as an SVG with a text alternative, and the table beside it', () => {
		expect(derbyshire).toMatch(/<svg[^>]*role="img"/);
		expect(derbyshire).toContain('<title id="chart-derbyshire-child-sexual-offences-title">');
		expect(derbyshire).toMatch(/<desc[^>]*>[^<]*2015\/16: 983 or 166 \(the sources disagree\); 2016\/17: 1,066/);
		expect(derbyshire).toContain('| 2016/17 | 1,066 |');
		expect(derbyshire).toContain('<title id="chart-derbyshire-sexual-communication-with-a-child-title">');
		expect(derbyshire).not.toContain('chart-derbyshire-online-element');
	});

	it("labels a change as computed by Signpost, in the domain's words, with the two cited counts", () => {
		const staffordshire = pages.get('data/areas/staffordshire.md') ?? '';
		expect(staffordshire).toContain(
			`Offences recorded: +25% from 2015/16 (1,347) to 2016/17 (1,681), ${WORDING.computed}.`,
		);
		expect(staffordshire).toContain(`- +25% from 2015/16 (1,347) to 2016/17 (1,681), ${WORDING.computed}`);
		expect(staffordshire).toContain(CAVEATS.computed);
	});

	it('marks Kent as holding no figures, on a page of its own, and keeps the source title that carries a sensational word as a quote', () => {
		expect(pages.get(SITE_PATHS.dataIndex.file)).toMatch(
			/\| \[Kent Police\]\(\/data\/areas\/kent\) \| No figures held yet \|/,
		);
		expect(pages.get('data/areas/kent.md')).toContain('Signpost holds no published figure for Kent Police.');
		const title =
			'“Number of child sex offences in Leicestershire has rocketed by almost 200 per cent in the last five years”';
		expect(pages.get('data/areas/leicestershire.md')).toContain(title);
		expect(pages.get(SITE_PATHS.sources.file)).toContain(title);
		expect(bannedWordsOutsideQuotes('We saw a staggering rise')).toEqual(['staggering']);
		expect(BANNED_WORDS.length).toBeGreaterThan(0);
	});

	it('shows every year from the first held to the last as a coverage column, and what each force holds', () => {
		const coverage = pages.get(SITE_PATHS.coverage.file) ?? '';
		const years = '2014/15 | 2015/16 | 2016/17 | 2017/18 | 2018/19 | 2019/20 | 2020/21 | 2021/22 | 2022/23';
		expect(coverage).toContain(`| Force | ${years} | Figures |`);
		expect(coverage).toContain(
			'| [Derbyshire](/data/areas/derbyshire) | — | Offences recorded | Offences recorded<br>Online element | Sexual Communication with a Child | — | — | — | — | Sexual Communication with a Child | 7 |',
		);
		expect(coverage).toContain('| Kent | — | — | — | — | — | — | — | — | — | 0 |');
	});

	it('names measures on the coverage page by their short names, never by a code of initials', () => {
		const coverage = pages.get(SITE_PATHS.coverage.file) ?? '';
		const lines = coverage.split('\n');
		const start = lines.findIndex((line) => line.startsWith('| Force |'));
		expect(start).toBeGreaterThan(0);
		const shortNames = new Set(dataset.measures.map((m) => mdText(m.shortName)));
		const cells = [...coverage.matchAll(/^\| .* \|$/gm)].flatMap((m) => m[0].split(' | ').slice(1, -1));
		// Every year cell of the forces table is a dash or short names, one a line.
		for (const row of lines.slice(start + 2).filter((line) => line.startsWith('| ') && line.includes('/data/areas/')))
			for (const cell of row.split(' | ').slice(1, -1))
				for (const label of cell.split('<br>')) expect(label === '—' || shortNames.has(label), label).toBe(true);
		// No cell anywhere on the page is a code of two or more capitals (OR, SCWAC, SOSSS), nor lists one.
		const codes = cells.flatMap((cell) => cell.split(/<br>|, |; |: /)).filter((part) => /^[A-Z]{2,}\d*$/.test(part));
		const names = new Set(['NSPCC', ...dataset.areas.map((a) => a.shortName)]);
		expect(codes.filter((code) => !names.has(code))).toEqual([]);
		for (const code of ['SCWAC', 'SOSSS']) expect(coverage).not.toContain(code);
	});

	it('puts national figures on the national page', () => {
		expect(pages.get(SITE_PATHS.national.file)).toContain('73,518');
	});
});

describe('generated pages over the bundled dataset', () => {
	const dataset = getBundledDataset();
	const pages = sitePages(dataset);

	it('shows a pair of years from different releases side by side with the reason, and no computed change', () => {
		const kent = dataset.areas.find((a) => a.id === 'kent');
		if (!kent) throw new Error('kent is in the registry');
		const page = pages.get(areaPath(kent).file) ?? '';
		expect(page).toContain('Not compared: the two years come from different releases');
		expect(page).not.toMatch(/Change from 2013\/14:/);
	});

	it('names the years of a trend with no figure, and why no change is computed, in the domain’s words', () => {
		const kent = dataset.areas.find((a) => a.id === 'kent');
		if (!kent) throw new Error('kent is in the registry');
		const page = pages.get(areaPath(kent).file) ?? '';
		const lines = page.split('\n');
		const at = (line: string) => lines.indexOf(line);
		expect(at(`- ${noFigureFor('2017/18')}`)).toBeGreaterThan(0);
		expect(at(`- 2018/19: ${changeNotComputed('no-figure-before')}`)).toBe(at(`- ${noFigureFor('2017/18')}`) + 1);
		expect(page).toContain(`- 2014/15: ${changeNotComputed('different-releases')}`);
	});
});

describe('places on the area pages (bundled dataset)', () => {
	const dataset = getBundledDataset();
	const pages = sitePages(dataset);
	const placesSection = (id: string): string => {
		const area = dataset.areas.find((a) => a.id === id);
		if (!area) throw new Error(`${id} is in the registry`);
		const page = pages.get(areaPath(area).file) ?? '';
		return page.match(/## Places policed by [^\n]*\n\n[^\n]*/)?.[0] ?? '';
	};

	it.each([
		['west-midlands', ['Birmingham', 'Coventry']],
		['thames-valley', ['Reading', 'Oxon']],
		['hampshire', ['Hampshire', 'Hants']],
		['south-wales', ['Caerdydd', 'Cardiff', 'Abertawe']],
	])('lists on the %s page the places the gazetteer resolves to that force', (id, names) => {
		const section = placesSection(id);
		for (const name of names) expect(section, name).toMatch(new RegExp(`[:,] ${name}[,.]`));
		// Each name is one the domain resolves to this force, and only to it.
		for (const name of names) {
			const answer = resolveArea(dataset, name);
			expect(answer.status === 'found' ? answer.area.id : answer.status, name).toBe(id);
		}
	});

	it('never lists a name that other forces share (London, Newport)', () => {
		for (const id of ['metropolitan', 'south-wales', 'gwent', 'hampshire'])
			expect(placesSection(id), id).toContain('Places policed by');
		expect(placesSection('metropolitan')).not.toMatch(/[:,] London[,.]/);
		expect(placesSection('south-wales')).not.toMatch(/[:,] Newport[,.]/);
		expect(placesSection('gwent')).not.toMatch(/[:,] Newport[,.]/);
		expect(placesSection('hampshire')).not.toMatch(/[:,] Newport[,.]/);
	});
});

describe('outcome measures on the generated pages (bundled dataset)', () => {
	const dataset = getBundledDataset();
	const pages = sitePages(dataset);
	const surrey = dataset.areas.find((a) => a.id === 'surrey');
	if (!surrey) throw new Error('no Surrey in the registry');

	it('Surrey’s page shows its outcome figures marked as outcomes, never as offences recorded, with no change', () => {
		const page = pages.get(areaPath(surrey).file) ?? '';
		expect(page).toContain('| All outcomes (outcomes, not offences recorded) | 2016/17 | **639** |');
		expect(page).toContain('| Charged or summonsed (outcomes, not offences recorded) | 2016/17 | **167** |');
		expect(page).toContain('an outcome can relate to an offence recorded in an earlier year');
		expect(page).not.toContain('Change from');
	});

	it('the coverage page shows each release: forces answered, forces named, and the years and measures held', () => {
		const coverage = pages.get(SITE_PATHS.coverage.file) ?? '';
		expect(coverage).toContain('## Coverage by release');
		const row = (name: string) => coverage.split('\n').find((line) => line.startsWith(`| ${name} |`)) ?? '';
		const august2020 = row('NSPCC FOI release, August 2020');
		expect(august2020).toContain('| 2020-08 |');
		expect(august2020).toContain('44 of 45');
		expect(august2020).toContain('Essex');
		expect(august2020).toContain('2019/20: ');
		const psni = row('PSNI release, Safer Internet Day, February 2022');
		expect(psni).toContain('(police release)');
		expect(psni).toContain('| PSNI |');
		expect(row('NSPCC analysis, August 2023 (Sexual Communication with a Child, 2017/18 to 2022/23)')).toContain(
			'in group totals: ',
		);
		for (const release of dataset.releases) expect(coverage).toContain(`| ${release.name} |`);
	});

	it('the coverage table shows Surrey holding outcome figures for 2016/17, and the methodology explains the kind', () => {
		const coverage = pages.get(SITE_PATHS.coverage.file) ?? '';
		const row = coverage.split('\n').find((line) => line.includes('[Surrey]'));
		expect(row).toContain('Charged or summonsed<br>All outcomes');
		expect(coverage).toContain('| All outcomes | Outcomes recorded for child sexual offences |');
		expect(pages.get(SITE_PATHS.methodology.file)).toContain('This counts police outcomes, not offences recorded');
	});
});
