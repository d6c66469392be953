import { describe, expect, it } from 'vitest';
import { everyAnswerPath } from '../../__tests__/support/answers.js';
import { compareAreas } from '../../query/compare-areas.js';
import { getFigures } from '../../query/get-figures.js';
import { getNational } from '../../query/get-national.js';
import { getSeries } from '../../query/get-series.js';
import { fixtureDataset } from '../../testing.js';
import type { Audience, HelpTopic } from '../help-service.js';
import {
	CEOP,
	CHILDLINE,
	CHILDLINE_PHONE,
	EMERGENCY,
	EMERGENCY_PHONE,
	HELP_SERVICES,
	NSPCC_HELPLINE,
	NSPCC_HELPLINE_PHONE,
	REPORT_REMOVE,
	STOP_IT_NOW,
	STOP_IT_NOW_PHONE,
} from '../help-services.js';
import { selectHelp } from '../signposting.js';

const fixture = fixtureDataset();

const AUDIENCES: readonly Audience[] = ['child', 'adult', 'professional', 'anyone'];
const TOPICS: readonly HelpTopic[] = [
	'general',
	'online-grooming',
	'image-shared',
	'worried-about-own-thoughts',
	'emergency',
];

describe('help numbers', () => {
	it('are exactly as published', () => {
		expect(CHILDLINE_PHONE).toBe('0800 1111');
		expect(NSPCC_HELPLINE_PHONE).toBe('0808 800 5000');
		expect(EMERGENCY_PHONE).toBe('999');
		expect(STOP_IT_NOW_PHONE).toBe('0808 1000 900');
		expect(CHILDLINE.phone).toBe('0800 1111');
		expect(NSPCC_HELPLINE.phone).toBe('0808 800 5000');
		expect(EMERGENCY.phone).toBe('999');
	});

	it('NSPCC Helpline hours are the current ones, not the articles’ "24 hours"', () => {
		const phone = NSPCC_HELPLINE.channels.find((c) => c.kind === 'phone');
		expect(phone?.hours).toBe('Monday to Friday 8am to 10pm, 9am to 6pm at weekends');
		expect(NSPCC_HELPLINE.channels.some((c) => c.value === 'help@nspcc.org.uk')).toBe(true);
	});

	it('every service says where its details come from and when they were checked', () => {
		for (const service of HELP_SERVICES) {
			expect(service.sourceUrl).toMatch(/^https:\/\//);
			expect(service.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
		expect(new Set(HELP_SERVICES.map((s) => s.id)).size).toBe(HELP_SERVICES.length);
	});
});

describe('selectHelp', () => {
	it.each(AUDIENCES.flatMap((audience) => TOPICS.map((topic) => ({ audience, topic }))))(
		'$audience / $topic: Childline, NSPCC Helpline and 999 first',
		(selection) => {
			const { services } = selectHelp(selection);
			expect(services.slice(0, 3).map((s) => s.phone)).toEqual(['0800 1111', '0808 800 5000', '999']);
		},
	);

	it('defaults to anyone, general: just the three', () => {
		const help = selectHelp();
		expect(help.audience).toBe('anyone');
		expect(help.topic).toBe('general');
		expect(help.services.map((s) => s.id)).toEqual(['childline', 'nspcc-helpline', 'emergency']);
	});

	it('adds the topic services', () => {
		expect(selectHelp({ topic: 'online-grooming' }).services.at(-1)).toBe(CEOP);
		expect(selectHelp({ topic: 'image-shared' }).services.at(-1)).toBe(REPORT_REMOVE);
		expect(selectHelp({ topic: 'worried-about-own-thoughts' }).services.at(-1)).toBe(STOP_IT_NOW);
		expect(selectHelp({ topic: 'image-shared', audience: 'child' }).services).toContain(REPORT_REMOVE);
		// Report Remove is for young people themselves; an adult is not offered it.
		expect(selectHelp({ topic: 'image-shared', audience: 'adult' }).services).not.toContain(REPORT_REMOVE);
	});
});

describe('every query path carries the help', () => {
	it.each(everyAnswerPath())('$name: help.services starts Childline, NSPCC Helpline, 999', ({ answer }) => {
		const [first, second, third] = answer.help.services;
		expect(first?.phone).toBe('0800 1111');
		expect(second?.phone).toBe('0808 800 5000');
		expect(third?.phone).toBe('999');
	});

	it('found and not-found answers follow the audience and topic asked for', () => {
		const options = { help: { audience: 'child', topic: 'online-grooming' } } as const;
		for (const answer of [
			getFigures(fixture, { area: 'Derbyshire' }, options),
			getFigures(fixture, { area: 'Atlantis' }, options),
			getSeries(fixture, { area: 'Kent' }, options),
			compareAreas(fixture, { areas: ['Kent'], year: 'x' }, options),
			getNational(fixture, {}, options),
		]) {
			expect(answer.help.audience).toBe('child');
			expect(answer.help.services.map((s) => s.id)).toEqual(['childline', 'nspcc-helpline', 'emergency', 'ceop']);
		}
	});
});
