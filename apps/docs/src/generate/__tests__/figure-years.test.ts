// Every figure with its year (issue 24), on the docs site: on every area page, the lead lists each measure's latest
// figures (what an answer with no year gives) each with its own year, and each one-year section holds only figures of
// that year, each table row saying its period; a span total is never under a one-year heading.
import { type Area, getBundledDataset, getFigures } from '@signpost-uk/domain';
import { describe, expect, it } from 'vitest';
import { areaPage } from '../area-page.js';
import { areasWithFigures } from '../areas-with-figures.js';
import { mdText } from '../markdown-text.js';
import { nationalYearPage, nationalYears } from '../national-page.js';

const dataset = getBundledDataset();
const periodOf = new Map(dataset.figures.map((f) => [f.id, f.period]));
const ONE_YEAR = /^\d{4}\/\d{2}$/;

/** The page's `## ` sections: each heading with the lines below it. */
function sections(page: string): { heading: string; lines: string[] }[] {
	return page
		.split(/^## /m)
		.slice(1)
		.map((part) => {
			const [heading = '', ...lines] = part.split('\n');
			return { heading: heading.trim(), lines };
		});
}

/** Lead lines that do not name a figure's own year: "- Online element, 2019/20: **325**". */
function leadProblems(area: Area, lead: readonly string[]): string[] {
	const answer = getFigures(dataset, { area: area.id });
	if (answer.status !== 'found') return [];
	const d = answer.data;
	const figures = [...(d.headline ? [d.headline] : []), ...d.otherMeasures, ...d.context].flatMap((g) => g.figures);
	return figures
		.filter(
			(f) =>
				!lead.some(
					(line) =>
						line.startsWith(`- ${mdText(f.label)}`) && line.includes(`, ${f.period}: **${mdText(f.valueText)}**`),
				),
		)
		.map((f) => `lead: ${f.figure.id} without its year ${f.period}`);
}

/** In a one-year section, table rows of another period and figures of another year. */
function yearSectionProblems(heading: string, lines: readonly string[]): string[] {
	const problems: string[] = [];
	const rows = lines.filter((l) => l.startsWith('| ')).slice(2);
	for (const row of rows) {
		const period = row.split(' | ')[1];
		if (period !== heading) problems.push(`row of ${period} under ${heading}: ${row}`);
	}
	for (const [, id] of lines.join('\n').matchAll(/\{#figure-([^}]+)\}/g))
		if (periodOf.get(id ?? '') !== heading) problems.push(`figure ${id} (${periodOf.get(id ?? '')}) under ${heading}`);
	return problems;
}

describe('every area page: each figure is for its heading’s year or names its own', () => {
	it.each(areasWithFigures(dataset).map((a) => [a.id, a] as const))('%s', (_id, area) => {
		const all = sections(areaPage(dataset, area));
		const lead = all.find((s) => s.heading === 'Latest figures');
		expect(lead).toBeDefined();
		const years = all.filter((s) => ONE_YEAR.test(s.heading));
		// An area holding only totals over several years has no one-year section: its figures are under their spans.
		const spans = all.find((s) => s.heading === 'Figures for spans of years');
		expect(years.length + (spans ? 1 : 0)).toBeGreaterThan(0);
		for (const [, id] of (spans?.lines ?? []).join('\n').matchAll(/\{#figure-([^}]+)\}/g))
			expect(periodOf.get(id ?? ''), id).toMatch(/^\d{4}\/\d{2}-\d{4}\/\d{2}$/);
		expect([
			...leadProblems(area, lead?.lines ?? []),
			...years.flatMap((s) => yearSectionProblems(s.heading, s.lines)),
		]).toEqual([]);
	});
});

describe('every national year page: each figure is for the page’s year', () => {
	const years = nationalYears(dataset);

	it('has a page for each year with a national figure', () => {
		expect(years.length).toBeGreaterThan(5);
	});

	it.each(years)('%s', (year) => {
		const page = nationalYearPage(dataset, year) ?? '';
		expect(page).toContain(`# National figures, ${year}`);
		const ids = [...page.matchAll(/\{#figure-([^}]+)\}/g)].map(([, id]) => id ?? '');
		expect(ids.length).toBeGreaterThan(0);
		// A figure of another year would sit under this year's heading: none may, unless its line names its own.
		const elsewhere = ids.filter((id) => periodOf.get(id) !== year);
		for (const id of elsewhere) {
			const line = page.split('\n').find((l) => l.includes(`{#figure-${id}}`)) ?? '';
			expect(line, `${id} (${periodOf.get(id)}) on the ${year} page`).toContain(periodOf.get(id) ?? '?');
		}
	});
});
