// The SDK's text and the CLI say what the domain knows (issue 24, part 3), in the domain's words: a trend's years with
// no figure and why no change is computed, a comparison of two places one force polices, and the sources' claims with
// Signpost's check, each finding once. Every output ends with the help lines.
import { changeNotComputed, noFigureFor, WORDING } from '@signpost-uk/domain';
import { describe, expect, it } from 'vitest';
import { compareAreas, formatAnswer, getNational, getSeries } from '../index.js';
import { expectFound, NUMBERS, runCaptured } from './support/run-cli-captured.js';

const SHARED = 'Cardiff and Swansea are both policed by South Wales Police, so its figures are shown once.';

describe('the SDK says what it knows', () => {
	it('a trend names 2017/18 as having no figure, and why no change is computed into 2018/19', () => {
		for (const format of ['text', 'markdown'] as const) {
			const lines = formatAnswer(getSeries({ area: 'Kent' }), { format }).split('\n');
			const at = (start: string) => lines.findIndex((l) => l.startsWith(`- ${start}`));
			expect(lines[at('No figure for 2017/18')]).toBe(`- ${noFigureFor('2017/18')}`);
			expect(at('2018/19')).toBe(at('No figure for 2017/18') + 1);
			expect(lines[at('2018/19')]).toMatch(new RegExp(`; ${changeNotComputed('no-figure-before')}$`));
			for (const number of NUMBERS) expect(lines.join('\n')).toContain(number);
		}
		expectFound(runCaptured(['series', 'Kent']), `- ${noFigureFor('2017/18')}\n- 2018/19: 3,257`);
	});

	it('a comparison of Cardiff and Swansea says both are policed by South Wales Police, never quoting what was typed', () => {
		const text = formatAnswer(compareAreas({ areas: ['cardiff', 'SWANSEA'] }), { format: 'text' });
		expect(text).toContain(SHARED);
		expect(text).not.toContain('SWANSEA');
		expectFound(runCaptured(['compare', 'Cardiff', 'Swansea']), SHARED);
	});

	it('the national figures for 2016/17 show what the sources say, each finding once', () => {
		const answer = getNational({ year: '2016/17' });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		const text = formatAnswer(answer, { format: 'text' });
		expect(text).toContain(WORDING.headings.claims);
		expect(answer.data.claims.length).toBeGreaterThan(new Set(answer.data.claims.map((c) => c.finding)).size);
		for (const claim of answer.data.claims) expect(text.split(claim.finding), claim.claim.id).toHaveLength(2);
	});
});
