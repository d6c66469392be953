import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { getNational } from '../../query/get-national.js';
import { getSeries } from '../../query/get-series.js';
import { claimLines } from '../answer-sections.js';
import { renderText } from '../render-answer.js';
import { MARKDOWN_STYLE, TEXT_STYLE } from '../render-style.js';

// The sources' claims with Signpost's check: one line per finding, so a check several outlets share is said once.
const dataset = getBundledDataset();

describe('claim lines', () => {
	it('UK 2016/17: "every eight minutes" from two outlets is one line; "up 15%" says its finding once, with each note', () => {
		const answer = getNational(dataset, { year: '2016/17' });
		if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
		const { claims } = answer.data;
		const lines = claimLines(claims, TEXT_STYLE);
		const findings = [...new Set(claims.map((c) => c.finding))];
		expect(lines).toHaveLength(findings.length);
		expect(lines.length).toBeLessThan(claims.length);
		const text = lines.join('\n');
		for (const claim of claims) {
			expect(text.split(claim.finding), claim.claim.id).toHaveLength(2);
			expect(text, claim.claim.id).toContain(claim.check.slice(claim.finding.length).trim());
			expect(text, claim.claim.id).toContain(`“${claim.claim.quote}”`);
		}
		expect(renderText(answer)).toContain(lines.join('\n'));
	});

	it('every claim of every trend is shown, each finding once, in text and Markdown', () => {
		for (const area of dataset.areas) {
			const answer = getSeries(dataset, { area: area.id });
			if (answer.status !== 'found') continue;
			for (const style of [TEXT_STYLE, MARKDOWN_STYLE]) {
				const text = claimLines(answer.data.claims, style).join('\n');
				for (const claim of answer.data.claims)
					expect(text.split(claim.finding).length, `${area.id} ${claim.claim.id}`).toBeGreaterThanOrEqual(2);
				expect(claimLines(answer.data.claims, style)).toHaveLength(
					new Set(answer.data.claims.map((c) => `${c.overSpan} ${c.finding}`)).size,
				);
			}
		}
	});
});
