import {
	type FiguresAnswer,
	getBundledDataset,
	getFigures,
	type Locale,
	WELSH_WORDING,
	WORDING,
} from '@signpost-uk/domain';
import { figureYearProblems } from '@signpost-uk/domain/testing';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { command, press } from '../../__tests__/support/interactions.js';
import { createInteractionHandler } from '../../core/create-interaction-handler.js';

type MessageResponse = Extract<APIInteractionResponse, { type: 4 }>;

const dataset = getBundledDataset();
const handle = createInteractionHandler({ dataset, rateLimit: false, log: () => {} });

/** The custom id of a reply's button with this label, if it has one. */
function buttonId(response: MessageResponse, label: string): string | undefined {
	const buttons = (response.data?.components ?? []).flatMap((row) =>
		'components' in row ? (row.components as readonly { label?: string; custom_id?: string }[]) : [],
	);
	return buttons.find((c) => c.label === label)?.custom_id;
}

/**
 * Every page of `/figures area:<area>` (with `measure:` where given, in Welsh with locale `cy`) as the bot sends it,
 * pressing "Next page ▶" until there is none; with `view`, of the view its button opens ("Sources").
 */
function figuresPages(area: string, measure?: string, locale: Locale = 'en', view?: 'sources'): string[] {
	const pages: string[] = [];
	const asked = command('figures', { area, ...(measure ? { measure } : {}) });
	let response = handle(locale === 'cy' ? ({ ...asked, locale } as unknown as typeof asked) : asked) as MessageResponse;
	const { buttons } = locale === 'cy' ? WELSH_WORDING : WORDING;
	if (view) {
		const open = buttonId(response, buttons[view]);
		if (!open) throw new Error(`no ${view} button on /figures area:${area}`);
		response = handle(press(open)) as MessageResponse;
	}
	for (;;) {
		pages.push(response.data?.embeds?.[0]?.description ?? '');
		const next = buttonId(response, buttons.nextPage);
		if (!next) return pages;
		response = handle(press(next)) as MessageResponse;
	}
}

const found = (area: string, measure?: string) => {
	const answer = getFigures(dataset, { area, measure });
	return answer.status === 'found' ? answer : undefined;
};

/** A figure line's label, before its first value: "Online element, 2019/20". */
const labelOf = (line: string) => line.replace(/^- /, '').split(': **')[0] ?? '';

/** Lead lines (before any heading) naming a year; change lines under "Change from the previous year" off `year`. */
function lineProblems(lines: readonly string[], year: string): string[] {
	const found: string[] = [];
	let heading: string | undefined;
	for (const line of lines) {
		if (/^\*\*[^*]+\*\*$/.test(line)) heading = line.slice(2, -2);
		if (!line.startsWith('- ') || !line.includes(': **')) continue;
		if (heading === undefined && /\d{4}\/\d{2}/.test(labelOf(line))) found.push(`lead names another year: ${line}`);
		if (heading === WORDING.headings.changes && !line.includes(`to ${year} (`)) found.push(`change: ${line}`);
	}
	return found;
}

/**
 * What is wrong with the bot's pages of an area's default answer: a figure of another year or a span in the lead
 * (before any heading) naming no year, a change under "Change from the previous year" ending off the heading's year.
 */
function problems(answer: FiguresAnswer & { status: 'found' }, pages: readonly string[]): string[] {
	const d = answer.data;
	const lines = pages.join('\n').split('\n');
	const found = lineProblems(lines, d.year);
	// Each figure of another year than the heading's names it, wherever it is shown.
	const text = lines.join('\n');
	for (const group of [...d.otherMeasures, ...d.context].filter((g) => g.year !== d.year))
		for (const f of group.figures)
			if (!text.includes(`${f.label}, ${f.period}: **`)) found.push(`unlabelled: ${f.figure.id}`);
	for (const f of d.spanFigures)
		if (!text.includes(`${f.label} (${f.periodText}): **`)) found.push(`span unlabelled: ${f.figure.id}`);
	return found;
}

describe('the bot’s short answer says every figure’s year (issue 24)', () => {
	it('Stoke-on-Trent: "Online element, 2019/20: 325" under Staffordshire Police, 2022/23, its change with it', () => {
		const text = figuresPages('Stoke-on-Trent').join('\n');
		expect(text).toContain('Online element, 2019/20: **325**');
		expect(text).not.toContain(`**${WORDING.headings.changes}**`);
		expect(text).toMatch(/Latest figures for other measures\*\*\n[\s\S]*from 2018\/19 \(346\) to 2019\/20 \(325\)/);
	});

	it('UK: 7,263 names 2024/25, and the 2019/20 online counts are one line', () => {
		const text = figuresPages('UK').join('\n');
		expect(text).toContain('Sexual Communication with a Child, 2024/25: **7,263**');
		const online = text.split('\n').filter((l) => l.startsWith('- Online element') && /10,3[39]1/.test(l));
		expect(online).toHaveLength(1);
		expect(online[0]).toMatch(/\*\*10,3[39]1\*\* .* or \*\*10,3[39]1\*\*/);
	});

	// Every area with no measure named (the default answer) and with each measure named.
	const asked = dataset.areas.flatMap((a) =>
		[undefined, ...dataset.measures.map((m) => m.id)].map((m): [string, string | undefined] => [a.id, m]),
	);

	it.each(asked)('%s, measure %s: no figure under another year’s heading, no off-year change', (id, measure) => {
		const answer = found(id, measure);
		if (!answer) return;
		const pages = figuresPages(id, measure);
		expect(problems(answer, pages)).toEqual([]);
		expect(figureYearProblems(answer, pages.join('\n'))).toEqual([]);
	});

	it.each(asked)(
		'%s, measure %s: the Sources page names every figure’s year that is not the heading’s',
		(id, measure) => {
			const answer = found(id, measure);
			if (!answer) return;
			expect(figureYearProblems(answer, figuresPages(id, measure, 'en', 'sources').join('\n'))).toEqual([]);
		},
	);

	it.each(dataset.areas.map((a) => a.id))(
		'%s in Welsh: every figure names its year where the heading’s is another',
		(id) => {
			const answer = found(id);
			if (!answer) return;
			const pages = figuresPages(id, undefined, 'cy');
			const sources = figuresPages(id, undefined, 'cy', 'sources');
			for (const shown of [pages, sources]) {
				expect(figureYearProblems(answer, shown.join('\n'), { say: WELSH_WORDING })).toEqual([]);
				// A span's years joined in Welsh, never the English "to".
				expect(shown.join('\n')).not.toMatch(/\d{4}\/\d{2} to \d{4}\/\d{2}/);
			}
		},
	);
});
