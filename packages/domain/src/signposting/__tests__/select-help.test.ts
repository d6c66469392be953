import { describe, expect, it } from 'vitest';
import { everyAnswerPath } from '../../__tests__/support/answers.js';
import { compareAreas } from '../../query/compare-areas.js';
import { getFigures } from '../../query/get-figures.js';
import { getNational } from '../../query/get-national.js';
import { getSeries } from '../../query/get-series.js';
import { fixtureDataset } from '../../testing.js';
import { type HelpConcern, helpForConcerns } from '../help-for-concerns.js';
import { type Audience, HELP_TOPICS, type HelpService, type HelpTopic } from '../help-service.js';
import {
	CEOP,
	CHILDLINE,
	CHILDLINE_PHONE,
	EMERGENCY,
	EMERGENCY_PHONE,
	HELP_SERVICES,
	MEIC,
	NAPAC,
	NSPCC_HELPLINE,
	NSPCC_HELPLINE_PHONE,
	PAPYRUS,
	REPORT_REMOVE,
	SAMARITANS,
	STOP_IT_NOW,
	STOP_IT_NOW_PHONE,
} from '../help-services.js';
import { type Signposting, selectHelp } from '../signposting.js';

const fixture = fixtureDataset();

const AUDIENCES: readonly Audience[] = ['child', 'adult', 'professional', 'anyone'];
const TOPICS: readonly HelpTopic[] = HELP_TOPICS;
const ids = (help: Signposting) => help.services.map((s) => s.id);

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
		expect(HELP_SERVICES).toHaveLength(10);
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

	it('suicide or self-harm adds Samaritans and Papyrus next to Childline, for a child too', () => {
		expect(ids(selectHelp({ topic: 'suicide-or-self-harm' }))).toEqual([
			'childline',
			'nspcc-helpline',
			'emergency',
			'samaritans',
			'papyrus',
		]);
		expect(selectHelp({ topic: 'suicide-or-self-harm', audience: 'child' }).services).toContain(SAMARITANS);
		expect(selectHelp({ topic: 'suicide-or-self-harm', audience: 'child' }).services).toContain(PAPYRUS);
	});

	it('an adult survivor gets NAPAC; own thoughts gets Stop It Now', () => {
		expect(selectHelp({ topic: 'adult-survivor' }).services.at(-1)).toBe(NAPAC);
		expect(selectHelp({ topics: ['worried-about-own-thoughts'] }).services.at(-1)).toBe(STOP_IT_NOW);
	});

	it('several topics at once, each service once, in the order asked', () => {
		const help = selectHelp({
			topic: 'online-grooming',
			topics: ['suicide-or-self-harm', 'image-shared', 'online-grooming', 'suicide-or-self-harm'],
		});
		expect(help.topic).toBe('online-grooming');
		expect(help.topics).toEqual(['online-grooming', 'suicide-or-self-harm', 'image-shared']);
		expect(ids(help)).toEqual([
			'childline',
			'nspcc-helpline',
			'emergency',
			'ceop',
			'samaritans',
			'papyrus',
			'report-remove',
		]);
	});

	it('Wales adds Meic; other nations add nothing', () => {
		expect(selectHelp({ nation: 'wales' }).services.at(-1)).toBe(MEIC);
		expect(selectHelp({ nation: 'wales' }).nation).toBe('wales');
		expect(ids(selectHelp({ nation: 'wales', topic: 'suicide-or-self-harm' }))).toEqual([
			'childline',
			'nspcc-helpline',
			'emergency',
			'samaritans',
			'papyrus',
			'meic',
		]);
		for (const nation of ['england', 'scotland', 'northern-ireland'] as const) {
			expect(ids(selectHelp({ nation }))).toEqual(['childline', 'nspcc-helpline', 'emergency']);
		}
		// Meic is for children and young people: an adult in Wales is not offered it.
		expect(selectHelp({ nation: 'wales', audience: 'adult' }).services).not.toContain(MEIC);
	});

	it('every service in HELP_SERVICES can be reached by some selection', () => {
		const reachable = new Set<HelpService>();
		for (const topic of TOPICS) for (const s of selectHelp({ topic, nation: 'wales' }).services) reachable.add(s);
		expect(HELP_SERVICES.filter((s) => !reachable.has(s))).toEqual([]);
	});
});

describe('Signposting type', () => {
	it('cannot leave out Childline, the NSPCC Helpline or 999', () => {
		const help = selectHelp({ topics: ['suicide-or-self-harm'], nation: 'wales' });
		// @ts-expect-error Childline must come first
		const noChildline: Signposting = { ...help, services: [NSPCC_HELPLINE, EMERGENCY] };
		// @ts-expect-error 999 cannot be swapped for another service
		const noEmergency: Signposting = { ...help, services: [CHILDLINE, NSPCC_HELPLINE, SAMARITANS] };
		const withExtras: Signposting = { ...help, services: [CHILDLINE, NSPCC_HELPLINE, EMERGENCY, SAMARITANS, MEIC] };
		expect([noChildline, noEmergency, withExtras].map((h) => h.services.length)).toEqual([2, 3, 5]);
	});
});

describe('helpForConcerns', () => {
	const CONCERNS: readonly HelpConcern[] = [
		'disclosure',
		'danger',
		'suicide-or-self-harm',
		'distress',
		'worried-about-a-child',
		'adult-survivor',
		'own-thoughts',
		'online',
	];

	it.each(CONCERNS)('%s keeps Childline, the NSPCC Helpline and 999 first', (concern) => {
		const help = selectHelp(helpForConcerns([concern]));
		expect(help.services.slice(0, 3).map((s) => s.phone)).toEqual(['0800 1111', '0808 800 5000', '999']);
	});

	it('maps each concern to the services that fit', () => {
		const extra = (concerns: readonly HelpConcern[], language?: 'en' | 'cy') =>
			ids(selectHelp(helpForConcerns(concerns, { language }))).slice(3);
		expect(extra(['suicide-or-self-harm'])).toEqual(['samaritans', 'papyrus']);
		expect(extra(['online'])).toEqual(['ceop', 'report-remove']);
		expect(extra(['adult-survivor'])).toEqual(['napac']);
		expect(extra(['own-thoughts'])).toEqual(['stop-it-now']);
		expect(extra(['disclosure', 'distress', 'danger', 'worried-about-a-child'])).toEqual([]);
		expect(extra(['distress'], 'cy')).toEqual(['meic']);
		expect(extra(['suicide-or-self-harm', 'online'], 'cy')).toEqual([
			'samaritans',
			'papyrus',
			'ceop',
			'report-remove',
			'meic',
		]);
	});

	it('the first topic names the real need, not "general"', () => {
		expect(helpForConcerns(['disclosure', 'suicide-or-self-harm']).topics).toEqual(['suicide-or-self-harm']);
		expect(helpForConcerns(['distress']).topics).toEqual(['general']);
		expect(helpForConcerns(['danger']).topics).toEqual(['emergency']);
		expect(helpForConcerns(['distress'], { nation: 'wales' }).nation).toBe('wales');
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
