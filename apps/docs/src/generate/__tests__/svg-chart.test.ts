import { describe, expect, it } from 'vitest';
import { chartDescription, svgLineChart } from '../svg-chart.js';

const points = [
	{
		year: '2015/16',
		values: [
			{ value: 983, text: '983' },
			{ value: 166, text: '166' },
		],
	},
	{ year: '2016/17', values: [{ value: 1_066, text: '1,066' }] },
	{ year: '2017/18', values: [{ value: 1_200, text: 'more than 1,200' }] },
];

describe('svgLineChart', () => {
	const svg = svgLineChart({ id: 'c', title: 'Offences recorded <Derbyshire>', points });

	it('is an image with a title and a description that give every value', () => {
		expect(svg).toMatch(/^<svg[^>]*role="img"[^>]*aria-labelledby="c-title c-desc"/);
		expect(svg).toContain('<title id="c-title">Offences recorded &lt;Derbyshire&gt;</title>');
		expect(svg).toContain(
			'2015/16: 983 and 166 (the sources disagree); 2016/17: 1,066; 2017/18: more than 1,200.</desc>',
		);
	});

	it('marks every value and joins only years with one undisputed value', () => {
		expect(svg.match(/<circle /g)).toHaveLength(4);
		expect(svg.match(/class="sp-line"/g)).toHaveLength(1);
		for (const text of ['983', '166', '1,066', 'more than 1,200']) expect(svg).toContain(`>${text}</text>`);
	});

	it('places years by their start year, so a gap between held years shows', () => {
		const gapped = svgLineChart({
			id: 'g',
			title: 't',
			points: [
				{ year: '2013/14', values: [{ value: 1, text: '1' }] },
				{ year: '2014/15', values: [{ value: 1, text: '1' }] },
				{ year: '2019/20', values: [{ value: 1, text: '1' }] },
			],
		});
		const xs = [...gapped.matchAll(/<circle cx="([\d.]+)"/g)].map((m) => Number(m[1]));
		const [a = 0, b = 0, c = 0] = xs;
		expect(c - b).toBeCloseTo((b - a) * 5, 0);
	});
});

describe('chartDescription', () => {
	it('names a year with no value as having no figure', () => {
		expect(chartDescription({ id: 'x', title: 'T', points: [{ year: '2016/17', values: [] }] })).toBe(
			'T, by financial year. 2016/17: no figure.',
		);
	});
});
