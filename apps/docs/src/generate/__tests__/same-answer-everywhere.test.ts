import {
	buildCommandInteraction,
	buildComponentInteraction,
	createInteractionHandler,
	findButton,
} from '@signpost-uk/bot/commands';
import {
	answerCaveats,
	CHILDLINE_PHONE,
	type FiguresAnswer,
	getBundledDataset,
	getFigures,
	NSPCC_HELPLINE_PHONE,
} from '@signpost-uk/domain';
import { getFigures as sdkGetFigures } from '@signpost-uk/sdk';
import { describe, expect, it } from 'vitest';
import { areaPage } from '../area-page.js';

/** One question table, asked of the SDK, the bot and the docs generator. The words are the ones users type. */
const QUESTIONS: readonly { readonly area: string; readonly year?: string }[] = [
	{ area: 'UK' },
	{ area: 'Derbyshire' },
	{ area: 'Lancashire' },
	{ area: 'Lincolnshire' },
	{ area: 'Scotland' },
	{ area: 'Wales' },
	{ area: 'Surrey' },
	{ area: 'Dyfed-Powys' },
	{ area: 'Leicestershire', year: '2019/20' },
	{ area: 'Staffordshire', year: '2016/17' },
	{ area: 'uk', year: '2023/24' },
	{ area: 'Derbyshire', year: '2016-17' },
];

const dataset = getBundledDataset();
const handle = createInteractionHandler({ dataset, rateLimit: false });
type APIInteraction = Parameters<typeof handle>[0];
type APIInteractionResponse = Parameters<typeof findButton>[0];

/** Markdown escapes dropped, so a sentence compares the same in plain text and Markdown. */
const plain = (text: string) => text.replace(/\\(.)/g, '$1').replace(/\*\*/g, '');

function headline(answer: FiguresAnswer & { status: 'found' }) {
	const group = answer.data.headline ?? answer.data.otherMeasures[0];
	const figure = group?.figures[0];
	if (!group || !figure) throw new Error('a found answer has a first figure');
	return { year: group.year, value: figure.valueText, label: figure.label };
}

function embeds(response: APIInteractionResponse): { title?: string; description?: string }[] {
	const data = 'data' in response ? (response.data as { embeds?: { title?: string; description?: string }[] }) : {};
	return data?.embeds ?? [];
}

function content(response: APIInteractionResponse): string {
	const data = 'data' in response ? (response.data as { content?: string; embeds?: { description?: string }[] }) : {};
	return [data?.content ?? '', ...(data?.embeds ?? []).map((e) => e.description ?? '')].join('\n');
}

function ask(question: { area: string; year?: string }): APIInteractionResponse {
	const options = [
		{ name: 'area', type: 3, value: question.area },
		...(question.year ? [{ name: 'year', type: 3, value: question.year }] : []),
	] as const;
	return handle(buildCommandInteraction('figures', [...options]) as unknown as APIInteraction);
}

type Question = (typeof QUESTIONS)[number];
type Found = FiguresAnswer & { status: 'found' };

/** The SDK: the same area, headline and caveats, and the help numbers. */
function expectSdkAnswer(question: Question, domain: Found, caveats: readonly string[]) {
	const fromSdk = sdkGetFigures(question);
	if (fromSdk.status !== 'found') throw new Error('the SDK found no figure');
	expect(fromSdk.data.area.id).toBe(domain.data.area.id);
	expect(headline(fromSdk)).toEqual(headline(domain));
	expect(answerCaveats(fromSdk)).toEqual(caveats);
	for (const phone of [CHILDLINE_PHONE, NSPCC_HELPLINE_PHONE])
		expect(fromSdk.help.services.map((s) => s.phone)).toContain(phone);
}

/** The bot: the area and year in the title, the headline value first, the same caveats on its Caveats page. */
function expectBotAnswer(question: Question, domain: Found, caveats: readonly string[]) {
	const expected = headline(domain);
	const reply = ask(question);
	const [first] = embeds(reply);
	expect(first?.title).toBe(`${domain.data.area.name}, ${domain.data.year}`);
	const description = plain(first?.description ?? '');
	expect(description).toContain(`${expected.value}`);
	const firstLine = description.split('\n').find((l) => l.includes(':')) ?? '';
	expect(firstLine).toContain(expected.value);
	for (const phone of [CHILDLINE_PHONE, NSPCC_HELPLINE_PHONE]) expect(content(reply)).toContain(phone);
	const button = findButton(reply, 'Caveats');
	if (!button) throw new Error('the reply has no Caveats button');
	const caveatPage = handle(buildComponentInteraction(button.customId) as unknown as APIInteraction);
	const caveatText = plain(content(caveatPage));
	for (const caveat of caveats) expect(caveatText).toContain(caveat);
	for (const phone of [CHILDLINE_PHONE, NSPCC_HELPLINE_PHONE]) expect(content(caveatPage)).toContain(phone);
}

/** The docs: the area's page, the headline in its lead (no year asked) or its year's section, the same caveats. */
function expectDocsAnswer(question: Question, domain: Found, caveats: readonly string[]) {
	const expected = headline(domain);
	const page = plain(areaPage(dataset, domain.data.area));
	expect(page).toContain(`# ${domain.data.area.name}`);
	if (!question.year) {
		const lead = page.slice(page.indexOf('## Latest figures'), page.indexOf('- Years held'));
		const leadLine = lead.split('\n').find((l) => l.startsWith('- ')) ?? '';
		expect(leadLine).toContain(`${expected.label}`);
		expect(leadLine).toContain(`, ${expected.year}: ${expected.value}`);
	} else {
		const section = page.slice(page.indexOf(`## ${domain.data.year}`));
		expect(section).toContain(expected.value);
	}
	const caveatSection = page.slice(page.indexOf('## Caveats'));
	for (const caveat of caveats) expect(caveatSection).toContain(caveat);
	for (const phone of [CHILDLINE_PHONE, NSPCC_HELPLINE_PHONE]) expect(page).toContain(phone);
}

describe('the SDK, the bot and the docs give the same answer to the same question', () => {
	it.each(QUESTIONS)('$area $year', (question) => {
		const domain = getFigures(dataset, question);
		if (domain.status !== 'found') throw new Error(`${question.area}: ${domain.status}`);
		const caveats = answerCaveats(domain);
		expect(caveats.length).toBeGreaterThan(0);
		expectSdkAnswer(question, domain, caveats);
		expectBotAnswer(question, domain, caveats);
		expectDocsAnswer(question, domain, caveats);
	});

	it('a question with no figure: the same sentence, no caveats, and both help numbers on every surface', () => {
		const noFigures = dataset.areas.find((a) => a.kind === 'force' && !dataset.figures.some((f) => f.area === a.id));
		expect(noFigures).toBeDefined();
		for (const question of [{ area: noFigures?.name ?? '' }, { area: 'Derbyshire', year: 'next tuesday' }]) {
			const domain = getFigures(dataset, question);
			if (domain.status !== 'not-found') throw new Error('expected no figure');
			expect(domain.caveats).toEqual([]);
			const fromSdk = sdkGetFigures(question);
			expect(fromSdk.status).toBe('not-found');
			if (fromSdk.status === 'not-found') expect(fromSdk.message).toBe(domain.message);
			const reply = content(ask(question));
			expect(plain(reply)).toContain(domain.message);
			for (const phone of [CHILDLINE_PHONE, NSPCC_HELPLINE_PHONE]) expect(reply).toContain(phone);
		}
	});
});
