import {
	CHILDLINE_PHONE,
	EMERGENCY_PHONE,
	MEIC_PHONE,
	NSPCC_HELPLINE_PHONE,
	PAPYRUS_PHONE,
	SAMARITANS_PHONE,
	STOP_IT_NOW_PHONE,
} from '@signpost-uk/domain';
import { createMarkdownRenderer, type MarkdownRenderer } from 'vitepress';
import { beforeAll, describe, expect, it } from 'vitest';
import { helpBannerConfig } from '../help-banner-config.js';
import { phoneParts } from '../phone-parts.js';
import { telLinks } from '../tel-links.js';

const help = helpBannerConfig();

describe('phoneParts', () => {
	it('finds every help number, and 999 only where the text is about calling it', () => {
		expect(phoneParts('Childline: 0800 1111, or call 999', help.phones, help.callOnly)).toEqual([
			{ text: 'Childline: ', phone: false },
			{ text: CHILDLINE_PHONE, phone: true },
			{ text: ', or call ', phone: false },
			{ text: EMERGENCY_PHONE, phone: true },
		]);
		expect(phoneParts('999 offences recorded', help.phones, help.callOnly)).toEqual([
			{ text: '999 offences recorded', phone: false },
		]);
		expect(phoneParts('999', help.phones, help.callOnly, 'If a child is in danger, call ')).toEqual([
			{ text: '999', phone: true },
		]);
	});

	it('holds the seven numbers Signpost lists', () => {
		expect([...help.phones, ...help.callOnly].sort()).toEqual(
			[
				CHILDLINE_PHONE,
				NSPCC_HELPLINE_PHONE,
				STOP_IT_NOW_PHONE,
				SAMARITANS_PHONE,
				PAPYRUS_PHONE,
				MEIC_PHONE,
				EMERGENCY_PHONE,
			].sort(),
		);
	});
});

describe('telLinks', () => {
	let md: MarkdownRenderer;
	beforeAll(async () => {
		md = await createMarkdownRenderer(process.cwd(), { config: (m) => telLinks(m, help.phones, help.callOnly) });
	});

	it('links every number in text, bold and lists, never inside another link or a figure', () => {
		const html = md.render(
			[
				'- **Childline: 0800 1111**: children',
				'- Stop It Now on 0808 1000 900.',
				'- If a child is in immediate danger, call **999**.',
				'- [NSPCC 0808 800 5000](https://www.nspcc.org.uk)',
				'',
				'| Year | Figure |',
				'| --- | --- |',
				'| 2016/17 | **999** |',
			].join('\n'),
		);
		expect(html).toContain('<a href="tel:08001111">0800 1111</a>');
		expect(html).toContain('<a href="tel:08081000900">0808 1000 900</a>');
		expect(html).toContain('<strong><a href="tel:999">999</a></strong>');
		expect(html).toMatch(/<a href="https:\/\/www.nspcc.org.uk"[^>]*>NSPCC 0808 800 5000<\/a>/);
		expect(html).toContain('<td><strong>999</strong></td>');
	});
});
