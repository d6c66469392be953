import { describe, expect, it } from 'vitest';
import { everyAnswerPath, NOT_FOUND_REASONS } from '../../__tests__/support/answers.js';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { createDataset } from '../../dataset/create-dataset.js';
import { getFigures } from '../../query/get-figures.js';
import { selectHelp } from '../../signposting/signposting.js';
import { bannedWordsIn, fixtureDataset, fixtureInput, missingHelpNumbers, withoutQuotes } from '../../testing.js';
import { CAVEATS } from '../../text/caveats.js';
import { WORDING } from '../../text/wording.js';
import { renderMarkdown, renderText } from '../render-answer.js';
import { helpLines, helpSentence, renderHelp } from '../render-help.js';

const fixture = fixtureDataset();

const paths = everyAnswerPath();
const renderers = [
	['renderText', renderText],
	['renderMarkdown', renderMarkdown],
] as const;

describe('the path list', () => {
	it('covers every not-found reason and every answer kind', () => {
		const reasons = new Set(paths.flatMap((p) => (p.answer.status === 'not-found' ? [p.answer.reason] : [])));
		expect([...reasons].sort()).toEqual([...NOT_FOUND_REASONS].sort());
		const kinds = new Set(paths.flatMap((p) => (p.answer.status === 'found' ? [p.answer.kind] : [])));
		expect([...kinds].sort()).toEqual(['compare', 'figures', 'national', 'series']);
	});
});

describe.each(renderers)('%s', (_name, render) => {
	it.each(paths)('$name: the help lines with their exact numbers', ({ answer }) => {
		const text = render(answer);
		expect(missingHelpNumbers(text)).toEqual([]);
	});

	it.each(paths.filter((p) => p.answer.status === 'found'))(
		'$name: says recorded offences are not a count of children abused',
		({ answer }) => {
			expect(render(answer)).toContain('Recorded offences are not a count of children abused');
		},
	);

	it.each(paths.filter((p) => p.answer.status === 'not-found'))(
		'$name: no caveat about figures when no figure is shown',
		({ answer }) => {
			expect(answer.caveats).toEqual([]);
			expect(render(answer)).not.toContain(CAVEATS.notVictims);
		},
	);

	it.each(paths)('$name: no sensational wording outside quotes', ({ answer }) => {
		expect(bannedWordsIn(render(answer))).toEqual([]);
	});

	it.each(paths.filter((p) => p.answer.status === 'found'))('$name: names its sources', ({ answer }) => {
		const text = render(answer);
		const cited = fixture.sources.filter((s) => text.includes(s.publisher ?? s.title));
		expect(cited.length).toBeGreaterThan(0);
	});

	it('shows qualifiers as the source gave them', () => {
		const text = render(getFigures(fixture, { area: 'UK', year: '2022/23' }));
		expect(text).toContain('more than 34,000');
		expect(text).toContain('80%');
	});

	it('shows the quote and the source with its date', () => {
		const text = render(getFigures(fixture, { area: 'Staffordshire', year: '2016/17' }));
		expect(text).toContain('Burton Mail');
		expect(text).toContain('2018-03-14');
		expect(text).toContain('In Staffordshire, police recorded a total of 1,681 offences in 2016/17');
	});

	it('joins no other area to a figure as a conflict, and says a later release revised a year', () => {
		const data = getBundledDataset();
		const gwent = renderText(getFigures(data, { area: 'Gwent', year: '2023/24' }));
		// Was "67 ... Does not add up with: Wales 554; South Wales 333": a conflict joins one area's figures only.
		expect(gwent).toMatch(/Sexual Communication with a Child: 67 /);
		expect(gwent).not.toContain('Wales 554');
		expect(gwent).not.toContain(WORDING.headings.conflicts);
		const psni = renderText(getFigures(data, { area: 'PSNI', year: '2020/21' }));
		// Both sides of the revision are shown together: one line, both values, both sources, said once.
		expect(psni).toMatch(
			/\*{0,2}19[56]\*{0,2} \([^\n]* or \*{0,2}19[56]\*{0,2} \([^\n]*A later release restates this year/,
		);
	});

	it('shows a conflict once: one line with both values and both sources', () => {
		const text = render(getFigures(fixture, { area: 'Derbyshire', year: '2016/17' }));
		// Was one line per side ("983 ... Sources disagree: 166", then "166 ... Sources disagree: 983"): said twice.
		expect(text).toMatch(/Offences recorded, 2015\/16: \**983\**[^\n]* or \**166\**[^\n]*The sources disagree/);
		expect(
			text.split('\n').filter((l) => /\b983\b/.test(l) && /\b166\b/.test(l) && l.includes('Offences recorded')),
		).toHaveLength(1);
		expect(text).toContain('Ripley and Heanor News');
		expect(text).toContain('Belper News');
	});
});

describe('a source without a publisher', () => {
	it('is named by its headline, quoted, so the headline’s wording stays the source’s', () => {
		const dataset = createDataset({
			...fixtureInput,
			sources: fixtureInput.sources.map(({ publisher, ...source }) =>
				source.id === 'harborough-mail-leicestershire' ? source : { ...source, publisher },
			),
		});
		for (const render of [renderText, renderMarkdown]) {
			const text = render(getFigures(dataset, { area: 'Leicestershire', year: '2019/20' }));
			expect(text).toContain('has rocketed by almost 200 per cent');
			expect(bannedWordsIn(text)).toEqual([]);
		}
	});
});

describe('neutral-language check', () => {
	it('catches banned words in our own sentences, not in quotes', () => {
		expect(bannedWordsIn('A dramatic rise')).toEqual(['dramatic']);
		expect(bannedWordsIn('They said “This dramatic rise is extremely concerning”')).toEqual([]);
		expect(bannedWordsIn('64,667 children abused every year')).toEqual(['children abused every']);
		expect(withoutQuotes('a “b” c “d”')).toBe('a “” c “”');
		expect(bannedWordsIn('Banbury Guardian (https://example.org/figures-show-shocking-statistics)')).toEqual([]);
	});

	it('the standing caveats are neutral', () => {
		expect(bannedWordsIn(Object.values(CAVEATS).join('\n'))).toEqual([]);
	});
});

describe('help rendering', () => {
	it('renderHelp, helpLines and helpSentence carry the three numbers in order', () => {
		for (const text of [
			renderHelp(selectHelp()),
			helpLines(selectHelp()).join('\n'),
			helpSentence(selectHelp({ topic: 'image-shared' })),
		]) {
			expect(missingHelpNumbers(text)).toEqual([]);
		}
	});

	it('shows topic services after the three', () => {
		const lines = helpLines(selectHelp({ topic: 'worried-about-own-thoughts' }));
		expect(lines.at(-1)).toContain('0808 1000 900');
		expect(lines).toHaveLength(4);
	});
});
