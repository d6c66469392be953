import { describe, expect, it } from 'vitest';
import { helpLines, renderHelp } from '../../render/render-help.js';
import { MARKDOWN_STYLE } from '../../render/render-style.js';
import type { HelpService, HelpServiceSource } from '../help-service.js';
import { HelpServiceSchema } from '../help-service-schema.js';
import {
	CHILDLINE,
	HELP_SERVICES,
	MEIC,
	MEIC_PHONE,
	MEIC_TEXT,
	NAPAC,
	NSPCC_HELPLINE,
	PAPYRUS,
	PAPYRUS_PHONE,
	SAMARITANS,
	SAMARITANS_PHONE,
	STOP_IT_NOW,
} from '../help-services.js';
import { selectHelp } from '../signposting.js';

/** The sources of a service that say they establish `what`. */
const giving = (service: HelpService, what: HelpServiceSource['gives'][number]) =>
	service.sources.filter((s) => s.gives.includes(what));

/** The number as written, not inside a longer one. */
const holdsNumber = (quote: string, number: string) =>
	new RegExp(`(?<![\\d])${number.replace(/ /g, ' ')}(?![\\d])`).test(quote);

/** Whether `route` is the home page of the site `page` is on. */
const homeOf = (route: string, page: string) =>
	new URL(route).pathname === '/' && new URL(route).origin === new URL(page).origin;

/** A web address without its scheme, "www." and trailing slash: how pages print one. */
const bare = (url: string) => url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');

describe('every help service record', () => {
	it.each(HELP_SERVICES.map((s) => [s.id, s] as const))('%s validates against HelpServiceSchema', (_, service) => {
		const result = HelpServiceSchema.safeParse(service);
		expect(result.success ? [] : result.error.issues).toEqual([]);
	});

	it.each(HELP_SERVICES.map((s) => [s.id, s] as const))(
		'%s: every number appears verbatim, digit by digit, in a quote that gives it',
		(_, service) => {
			const numbers = service.channels.filter((c) => c.kind === 'phone' || c.kind === 'text');
			if (service.phone) expect(numbers.map((c) => c.value)).toContain(service.phone);
			for (const channel of numbers) {
				const quotes = giving(service, channel.kind).map((s) => s.quote);
				expect(
					quotes.some((q) => holdsNumber(q, channel.value)),
					`${channel.value} in ${quotes.join(' | ')}`,
				).toBe(true);
			}
		},
	);

	it.each(HELP_SERVICES.map((s) => [s.id, s] as const))(
		"%s: every address is the quoted page, its site's home page, or written in a quote that gives it",
		(_, service) => {
			for (const channel of service.channels.filter((c) => !['phone', 'text'].includes(c.kind))) {
				const sources = giving(service, channel.kind);
				const found = sources.some(
					(s) =>
						bare(s.url) === bare(channel.value) ||
						s.quote.includes(bare(channel.value)) ||
						homeOf(channel.value, s.url),
				);
				expect(found, `${channel.kind} ${channel.value}`).toBe(true);
			}
		},
	);

	it.each(HELP_SERVICES.map((s) => [s.id, s] as const))(
		'%s: hours carry the day they were checked, and a page that gives hours was read that day',
		(_, service) => {
			for (const channel of service.channels.filter((c) => c.hours !== undefined)) {
				expect(channel.hoursChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(giving(service, 'hours').map((s) => s.checked)).toContain(channel.hoursChecked);
			}
		},
	);

	it.each(HELP_SERVICES.map((s) => [s.id, s] as const))(
		'%s: says who it is for from a quote, and its main page is one of its sources',
		(_, service) => {
			expect(giving(service, 'audience').length).toBeGreaterThan(0);
			expect(service.sources.map((s) => s.url)).toContain(service.sourceUrl);
			expect(service.sources.map((s) => s.checked)).toContain(service.lastChecked);
		},
	);

	it('ids are unique', () => {
		expect(new Set(HELP_SERVICES.map((s) => s.id)).size).toBe(HELP_SERVICES.length);
	});
});

describe('the new services', () => {
	it('carry the published numbers', () => {
		expect(SAMARITANS.phone).toBe('116 123');
		expect(SAMARITANS_PHONE).toBe('116 123');
		expect(PAPYRUS.phone).toBe('0800 068 4141');
		expect(PAPYRUS_PHONE).toBe('0800 068 4141');
		expect(MEIC.phone).toBe('080880 23456');
		expect(MEIC_PHONE).toBe('080880 23456');
		expect(MEIC_TEXT).toBe('84001');
		expect(MEIC.channels.find((c) => c.kind === 'text')?.value).toBe('84001');
		expect(STOP_IT_NOW.phone).toBe('0808 1000 900');
	});

	it('NAPAC ships without a number: no stored page gives its current one', () => {
		expect('phone' in NAPAC).toBe(false);
		expect(NAPAC.channels.map((c) => c.kind)).toEqual(['web']);
	});

	it('Meic is for Wales only', () => {
		expect(MEIC.nations).toEqual(['wales']);
	});

	it('a quote is never an edited sentence: no ellipsis, no square-bracket insertions', () => {
		for (const service of HELP_SERVICES) {
			for (const source of service.sources) expect(source.quote).not.toMatch(/\.\.\.|…|\[[^\]]*\]/);
		}
	});
});

describe('the new services render', () => {
	const help = selectHelp({ topics: ['suicide-or-self-harm', 'adult-survivor'], nation: 'wales' });

	it('in text: number, text number, web route and hours with their checked date', () => {
		const text = renderHelp(help);
		expect(text).toContain('Samaritans');
		expect(text).toContain('116 123');
		expect(text).toContain('0800 068 4141');
		expect(text).toContain('080880 23456, or text 84001');
		expect(text).toContain('napac.org.uk (https://napac.org.uk)');
		expect(text).toContain('24 hours a day, every day of the year (hours checked 4 December 2026)');
		expect(text).toContain('8am to midnight, every day (hours checked 4 December 2026)');
	});

	it('in Markdown: the web route is a link, numbers in bold', () => {
		const lines = helpLines(help, MARKDOWN_STYLE);
		expect(lines).toHaveLength(3 + 4);
		expect(lines.join('\n')).toContain('**116 123**');
		expect(lines.join('\n')).toContain('[napac.org.uk](https://napac.org.uk)');
	});

	it('the always-on lines still read their numbers from the records', () => {
		const text = renderHelp(help);
		expect(text.indexOf(CHILDLINE.phone)).toBeLessThan(text.indexOf(NSPCC_HELPLINE.phone));
	});
});
