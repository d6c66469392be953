// Welsh through signed Ed25519 requests to the HTTP interactions server (issue 23, part 4): every command that answers
// with headings or buttons, sent as a Welsh command or with locale "cy", and every button of those replies pressed
// in turn, answers with Welsh buttons and Welsh headings only. Figures, quotes, sources' titles and registry names
// stay as published; the English labels and headings below are the domain's own table, so a new English one is
// checked here as soon as it exists.
import { CAVEATS, WELSH_WORDING, WORDING } from '@signpost-uk/domain';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import type { APIInteraction } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { command, press } from '../../__tests__/support/interactions.js';
import { createInteractionHandler } from '../../core/create-interaction-handler.js';
import { httpServerForFile } from './support/http-server-for-file.js';
import { makeKeys, postSignedJson } from './support/signing.js';

const keys = makeKeys();
const http = httpServerForFile(keys.publicKeyHex, { handler: createInteractionHandler({ rateLimit: false }) });

interface Embed {
	readonly title?: string;
	readonly description?: string;
	readonly footer?: { readonly text: string };
	readonly fields?: readonly { readonly name: string; readonly value: string }[];
}

interface Reply {
	readonly type: number;
	readonly data?: {
		readonly content?: string;
		readonly embeds?: readonly Embed[];
		readonly components?: readonly { readonly components: readonly { label?: string; custom_id?: string }[] }[];
	};
}

async function postSigned(payload: unknown): Promise<Reply> {
	const response = await postSignedJson(http.url, keys, payload);
	expect(response.status).toBe(200);
	return (await response.json()) as Reply;
}

function inWelsh(interaction: APIInteraction): APIInteraction {
	return { ...interaction, locale: 'cy' } as APIInteraction;
}

/** A table entry as a pattern: a string as itself, a function's parameters as any text ("Figures for .+"). */
function patterns(entries: object): RegExp[] {
	return Object.values(entries).flatMap((entry) => {
		if (typeof entry === 'object' && entry !== null) return patterns(entry);
		const text = typeof entry === 'function' ? String(entry('\u0000', '\u0000')) : String(entry);
		return [new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll('\u0000', '.+')}$`)];
	});
}

const ENGLISH_LABELS = patterns(WORDING.buttons);
const WELSH_LABELS = patterns(WELSH_WORDING.buttons);

/** Every heading and title Signpost writes in English: an answer's, a page's, /help's and /about's. */
const ENGLISH_HEADINGS = [
	...Object.values(WORDING.headings),
	WORDING.help.heading,
	WORDING.replies.commandsTitle,
	WORDING.about.title,
	WORDING.about.recordedFigures,
	WORDING.about.privacy,
];

/** The buttons' labels and custom ids of a reply. */
function buttonsOf(reply: Reply): { label: string; customId: string }[] {
	return (reply.data?.components ?? []).flatMap((row) =>
		row.components.map((button) => ({ label: button.label ?? '', customId: button.custom_id ?? '' })),
	);
}

/** What a reply shows as headings: embed titles and field names, bold lines, and footers before the help sentence. */
function headingsOf(reply: Reply): string[] {
	const data = reply.data ?? {};
	const texts = [data.content ?? '', ...(data.embeds ?? []).map((e) => e.description ?? '')];
	return [
		...(data.embeds ?? []).flatMap((e) => [
			e.title ?? '',
			e.footer?.text.split(' · ')[0] ?? '',
			...(e.fields ?? []).map((f) => f.name),
		]),
		...texts.flatMap((text) => text.split('\n').filter((line) => /^\*\*[^*]+\*\*$/.test(line.trim()))),
	]
		.map((text) => text.replaceAll('**', '').trim())
		.filter(Boolean);
}

/** A reply in Welsh: the Welsh help block, Welsh labels and headings only, no English page footer. */
function expectWelsh(reply: Reply, where: string): void {
	const text = JSON.stringify(reply.data ?? {});
	expect(reply.data?.content, where).toContain('**Cael help**');
	for (const number of HELP_NUMBERS) expect(text, where).toContain(number);
	expect(text, where).not.toMatch(/Get help|Page \d+ of \d+|adults worried about a child/);
	for (const { label } of buttonsOf(reply)) {
		expect(
			ENGLISH_LABELS.filter((english) => english.test(label)),
			`${where}: English button "${label}"`,
		).toEqual([]);
		expect(
			WELSH_LABELS.some((welsh) => welsh.test(label)),
			`${where}: "${label}" is not a Welsh label`,
		).toBe(true);
	}
	for (const heading of headingsOf(reply))
		for (const english of ENGLISH_HEADINGS)
			expect(heading.startsWith(english), `${where}: English heading "${heading}"`).toBe(false);
	const shown = shownText(reply);
	for (const caveat of Object.values(CAVEATS))
		expect(shown.includes(caveat), `${where}: English caveat "${caveat}"`).toBe(false);
	expect(shown, `${where}: the republished-only mark in English`).not.toMatch(/which republish(es)? news/);
}

/** What a reply shows as text: its content, embed descriptions and field values. */
function shownText(reply: Reply): string {
	const data = reply.data ?? {};
	return [
		data.content ?? '',
		...(data.embeds ?? []).flatMap((e) => [e.description ?? '', ...(e.fields ?? []).map((f) => f.value)]),
	].join('\n');
}

/** The commands that answer with headings and buttons, as a Welsh command or an English one with locale "cy". */
const ASKED: readonly (readonly [where: string, interaction: APIInteraction])[] = [
	[
		'/ffigurau ardal:Derbyshire blwyddyn:2016/17 preifat:true',
		command('ffigurau', { ardal: 'Derbyshire', blwyddyn: '2016/17', preifat: true }),
	],
	['/figures area:Kent (cy)', inWelsh(command('figures', { area: 'Kent' }))],
	// Its latest total is reported only by a site that republishes news: the mark is said in Welsh.
	['/ffigurau ardal:Caerdydd', command('ffigurau', { ardal: 'Caerdydd' })],
	['/figures area:Reading (cy)', inWelsh(command('figures', { area: 'Reading' }))],
	['/tuedd ardal:Derbyshire', command('tuedd', { ardal: 'Derbyshire' })],
	['/cymharu ardal:Derbyshire gyda:Staffordshire', command('cymharu', { ardal: 'Derbyshire', gyda: 'Staffordshire' })],
	['/national (cy)', inWelsh(command('national'))],
	['/cenedlaethol preifat:true', command('cenedlaethol', { preifat: true })],
	['/ffynonellau ardal:Kent preifat:true', command('ffynonellau', { ardal: 'Kent', preifat: true })],
	['/sources (cy)', inWelsh(command('sources'))],
	['/gorchmynion', command('gorchmynion')],
	['/about (cy)', inWelsh(command('about'))],
	['/ynghylch', command('ynghylch')],
	['/cymorth', command('cymorth')],
];

describe('Welsh replies over signed HTTP: no English button label or heading', () => {
	it('marks a figure reported only by a site that republishes news in Welsh, naming the site', async () => {
		const reply = await postSigned(command('ffigurau', { ardal: 'Caerdydd' }));
		expect(shownText(reply)).toMatch(/wedi’i adrodd gan .+ yn unig, sy’n ailgyhoeddi newyddion/);
	});

	it('every command that answers with headings or buttons, Welsh or with locale cy', async () => {
		let buttons = 0;
		for (const [where, interaction] of ASKED) {
			const reply = await postSigned(interaction);
			expectWelsh(reply, where);
			buttons += buttonsOf(reply).length;
		}
		expect(buttons).toBeGreaterThanOrEqual(20);
	});

	it('every button of those replies, pressed, answers in Welsh, even from a client set to English', async () => {
		const seen = new Set<string>();
		let pressed = 0;
		for (const [where, interaction] of ASKED) {
			const first = await postSigned(interaction);
			for (const { label, customId } of buttonsOf(first)) {
				// The button carries the reply's language: the press has no locale, as from a client set to English.
				expect(customId.endsWith(':cy'), `${where}: ${label}`).toBe(true);
				if (seen.has(customId)) continue;
				seen.add(customId);
				const next = await postSigned(press(customId));
				expectWelsh(next, `${where} → ${label}`);
				pressed++;
				// One more level: the buttons of the page a button opened (another view, year or page).
				for (const second of buttonsOf(next)
					.filter((b) => !seen.has(b.customId))
					.slice(0, 3)) {
					seen.add(second.customId);
					expectWelsh(await postSigned(press(second.customId)), `${where} → ${label} → ${second.label}`);
					pressed++;
				}
			}
		}
		expect(pressed).toBeGreaterThanOrEqual(30);
	});

	it('answers the same commands in English without a Welsh command or locale, with the English labels', async () => {
		const reply = await postSigned(command('figures', { area: 'Derbyshire', year: '2016/17', private: true }));
		const labels = buttonsOf(reply).map((b) => b.label);
		expect(labels).toEqual(expect.arrayContaining([WORDING.buttons.sources, WORDING.buttons.sharePublicly]));
		expect(buttonsOf(reply).every((b) => !b.customId.endsWith(':cy'))).toBe(true);
		expect(reply.data?.content).toContain('**Get help**');
	});
});
