// What the bot says it knows (issue 24, part 3), through signed requests on both HTTP transports: the sources' claims
// with Signpost's check behind a button, a comparison of two places one force polices, the years of a trend with no
// figure and why no change is computed, and places policed by forces Signpost does not cover. Every reply, the
// button's update included, carries the exact help numbers.
import {
	claimLines,
	compareAreas,
	comparisonNotes,
	getBundledDataset,
	getFigures,
	getNational,
	getSeries,
	MARKDOWN_STYLE,
	notCovered,
	outsideCoverage,
	WELSH_WORDING,
	WORDING,
} from '@signpost-uk/domain';
import { HELP_NUMBERS, missingHelpNumbers } from '@signpost-uk/domain/testing';
import type { APIInteraction } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { command, press } from '../../__tests__/support/interactions.js';
import { findButton, replyButtons } from '../../console/find-button.js';
import { limitViolations } from '../../util/limit-violations.js';
import { bothTransportsForFile, type SendSigned } from './support/both-transports.js';
import { makeKeys, signBody } from './support/signing.js';

type Reply = {
	type: number;
	data: {
		content?: string;
		flags?: number;
		embeds?: { title?: string; description?: string; footer?: { text: string }; fields?: { value: string }[] }[];
		components?: unknown[];
	};
};

const dataset = getBundledDataset();
const keys = makeKeys();
const transports: Record<string, SendSigned> = bothTransportsForFile(keys.publicKeyHex, { rateLimit: false });

/** The found answer's data, for the expected lines (the domain's own renderers make them). */
function foundData<T extends { status: string }>(answer: T): Extract<T, { status: 'found' }> {
	if (answer.status !== 'found') throw new Error(JSON.stringify(answer));
	return answer as Extract<T, { status: 'found' }>;
}

/** The help numbers, in order, in the content and in every embed's footer, and Discord's limits held. */
function expectHelp(reply: Reply): void {
	expect(missingHelpNumbers(reply.data.content ?? '')).toEqual([]);
	for (const embed of reply.data.embeds ?? []) for (const n of HELP_NUMBERS) expect(embed.footer?.text).toContain(n);
	expect(limitViolations(reply as never)).toEqual([]);
}

/** Every Markdown line an embed shows: its description and its fields. */
const shown = (reply: Reply) =>
	(reply.data.embeds ?? []).flatMap((e) => [e.description ?? '', ...(e.fields ?? []).map((f) => f.value)]).join('\n');

// Each request from its own user, so the Worker's per-user rate limit never answers instead.
let user = 1_000;

for (const name of ['HTTP server', 'Worker']) {
	describe(`${name}: what the bot says it knows`, () => {
		const send = async (interaction: APIInteraction): Promise<Reply> => {
			const body = JSON.stringify(interaction);
			const post = transports[name];
			if (!post) throw new Error('no transport');
			const response = await post(body, signBody(keys, body));
			expect(response.status).toBe(200);
			const reply = (await response.json()) as Reply;
			expectHelp(reply);
			return reply;
		};
		const ask = (commandName: string, options: Record<string, string>) =>
			send(command(commandName, options, String(user++)));
		const pressOn = (reply: Reply, label: string) => {
			const button = findButton(reply as never, label);
			if (!button) throw new Error(`no ${label} button: ${replyButtons(reply as never).map((b) => b.label)}`);
			return send(press(button.customId, { userId: String(user++) }));
		};

		it.each([
			[
				'figures',
				{ area: 'Kent' },
				() => foundData(getFigures(dataset, { area: 'Kent' })).data.claims,
				'Kent Police, 2019/20',
			],
			[
				'trend',
				{ area: 'Kent' },
				() => foundData(getSeries(dataset, { area: 'Kent' })).data.claims,
				'Kent Police: Child sexual offences recorded',
			],
			[
				'trend',
				{ area: 'UK' },
				() => foundData(getSeries(dataset, { area: 'UK' })).data.claims,
				'United Kingdom: Child sexual offences recorded',
			],
			['national', {}, () => foundData(getNational(dataset, {})).data.claims, 'National figures,'],
		] as const)(
			'/%s %j: "What the sources say" shows every claim with its check, in the domain’s lines',
			async (commandName, options, claims, title) => {
				const expected = claims();
				expect(expected.length).toBeGreaterThan(0);
				const first = await ask(commandName, options);
				const pressed = await pressOn(first, WORDING.headings.claimsShort);
				expect(pressed.type).toBe(7);
				expect(pressed.data.embeds?.[0]?.title).toContain(`${WORDING.headings.claims}: ${title}`);
				// Every page of it, pressing "Next page ▶" (each a signed press, each with the help numbers).
				const pages = [pressed];
				for (let page = pressed; findButton(page as never, 'next page'); pages.push(page))
					page = await pressOn(page, 'next page');
				const text = pages.map(shown).join('\n');
				for (const line of claimLines(expected, MARKDOWN_STYLE)) expect(text).toContain(line);
				// Each finding is said once, however many sources make the same claim.
				for (const claim of expected) expect(text.split(claim.finding), claim.finding).toHaveLength(2);
				// The claims page has its own buttons: back to the answer, answered the same way.
				const back = await pressOn(pressed, 'answer');
				expect(back.type).toBe(7);
				expect(findButton(back as never, WORDING.headings.claimsShort)).toBeDefined();
			},
		);

		it('offers no "What the sources say" where no source makes a claim about the figures shown', async () => {
			expect(foundData(getFigures(dataset, { area: 'West Yorkshire' })).data.claims).toEqual([]);
			const reply = await ask('figures', { area: 'West Yorkshire' });
			expect(reply.data.embeds?.[0]?.title).toMatch(/^West Yorkshire Police, /);
			expect(findButton(reply as never, WORDING.headings.claimsShort)).toBeUndefined();
		});

		it('/compare Cardiff with Swansea says both are policed by South Wales Police, in the gazetteer’s names', async () => {
			const sentence = 'Cardiff and Swansea are both policed by South Wales Police, so its figures are shown once.';
			expect(comparisonNotes(foundData(compareAreas(dataset, { areas: ['Cardiff', 'Swansea'] })).data)).toEqual([
				sentence.slice(0, -1),
			]);
			for (const [area, other] of [
				['Cardiff', 'Swansea'],
				['cardiff', 'SWANSEA'],
				['Caerdydd', 'Abertawe'],
			] as const) {
				const reply = await ask('compare', { area, with: other });
				expect(shown(reply).split('\n')[0]).toBe(sentence);
				expect(reply.data.embeds?.[0]?.fields).toHaveLength(1);
				// What was typed is never said back (a public reply), only the gazetteer's names.
				for (const typed of [area, other])
					if (!sentence.includes(typed)) expect(JSON.stringify(reply)).not.toContain(typed);
			}
			// Its buttons still compare (the force named twice), and still say the names led to one force.
			const first = await ask('compare', { area: 'Cardiff', with: 'Swansea' });
			const back = await pressOn(await pressOn(first, 'sources'), 'answer');
			expect(back.type).toBe(7);
			expect(shown(back).split('\n')[0]).toBe(
				'The areas named all lead to South Wales Police, so its figures are shown once.',
			);
		});

		it('/trend Kent names 2017/18 as having no figure, and why each change is not computed', async () => {
			const reply = await ask('trend', { area: 'Kent' });
			const lines = shown(reply).split('\n');
			const at = (start: string) => lines.findIndex((l) => l.startsWith(`- ${start}`));
			expect(lines[at('No figure for 2017/18')]).toBe('- No figure for 2017/18');
			expect(at('No figure for 2017/18')).toBe(at('2016/17') + 1);
			expect(lines[at('2018/19')]).toBe('- 2018/19: **3,257**; change not computed: no figure for the year before');
			expect(lines[at('2014/15')]).toBe(
				`- 2014/15: **1,337**; change not computed: ${WORDING.noChangeReasons['different-releases']}`,
			);
			expect(lines[at('2019/20')]).toContain(`; change not computed: ${WORDING.noChangeReasons['not-exact']}`);
		});

		it('in Welsh, the trend and the comparison say it from the Welsh table', async () => {
			const trend = await ask('tuedd', { ardal: 'Kent' });
			expect(shown(trend)).toContain(`- ${WELSH_WORDING.noFigureFor('2017/18')}\n`);
			expect(shown(trend)).toContain(`; ${WELSH_WORDING.changeNotComputed('no-figure-before')}`);
			const compare = await ask('cymharu', { ardal: 'Cardiff', gyda: 'Swansea' });
			expect(shown(compare).split('\n')[0]).toBe(
				'Mae Cardiff a Swansea ill dau yn cael eu plismona gan South Wales Police, felly dangosir ei ffigurau unwaith.',
			);
		});

		it.each([
			[
				'/cymharu ardal:Caerdydd gyda:Wrexham',
				['Caerdydd', 'Wrexham'],
				command('cymharu', { ardal: 'Caerdydd', gyda: 'Wrexham' }),
			],
			[
				'/compare area:Reading with:Cardiff (locale cy)',
				['Reading', 'Cardiff'],
				{ ...command('compare', { area: 'Reading', with: 'Cardiff' }), locale: 'cy' },
			],
		] as const)(
			'%s: places in two forces each say which force polices them, in Welsh',
			async (_where, areas, asked) => {
				const compared = foundData(compareAreas(dataset, { areas }));
				const [first, second] = compared.data.resolutions;
				// Two forces, and each name a place: each has its own "is policed by" note, none shared.
				expect(compared.data.rows).toHaveLength(2);
				expect(compared.data.sharedForces).toEqual([]);
				expect([first?.kind, second?.kind]).toEqual(['place', 'place']);
				const reply = await send({
					...asked,
					member: { user: { id: String(user++), username: 't' } },
				} as APIInteraction);
				const lines = shown(reply).split('\n');
				// The Welsh table's sentence for each, with the gazetteer's and registry's names, in the order named.
				expect(lines.slice(0, 2)).toEqual(
					[first, second].map((r) => `${WELSH_WORDING.policedBy(r?.matched ?? '', r?.areaName ?? '')}.`),
				);
				expect(reply.data.embeds?.[0]?.fields).toHaveLength(2);
				// No English note: neither the answer's own sentence nor the English table's words.
				for (const r of [first, second]) expect(JSON.stringify(reply)).not.toContain(r?.note);
				expect(JSON.stringify(reply)).not.toContain(' is policed by ');
			},
		);

		/** What Signpost says of a name it does not cover, from the domain's one record of it. */
		const notCoveredIn = (typed: string, say: (o: NonNullable<ReturnType<typeof outsideCoverage>>) => string) => {
			const outside = outsideCoverage(typed);
			if (!outside) throw new Error(`${typed} is not a name Signpost says it does not cover`);
			return say(outside);
		};

		it.each([
			['Jersey', / is policed by the States of Jersey Police, which Signpost does not cover\./],
			['Guernsey', / is policed by the States of Guernsey Police Service, which Signpost does not cover\./],
			['Sark', /^Sark is policed by the Sark Constable and Vingtenier and the States of Guernsey Police Service/],
			['Channel Islands', /^The Channel Islands are policed by the States of Jersey Police and the States of Guernsey/],
			['Isle of Man', / is policed by the Isle of Man Constabulary, which Signpost does not cover\./],
			[
				'British Transport Police',
				/^British Transport Police polices the railways of England, Wales and Scotland, not an area/,
			],
		])(
			'%s: said not to be covered, and why; never Merseyside, a guess or "no area matches"',
			async (typed, sentence) => {
				const said = notCoveredIn(typed, notCovered);
				expect(said).toMatch(sentence);
				for (const [commandName, options] of [
					['figures', { area: typed }],
					['trend', { area: typed }],
					['compare', { area: 'Kent', with: typed }],
					['sources', { area: typed }],
				] as const) {
					const reply = await ask(commandName, options);
					expect(reply.type).toBe(4);
					expect(reply.data.flags).toBe(64);
					expect(reply.data.content).toContain(said);
					expect(JSON.stringify(reply)).not.toMatch(/Merseyside|Did you mean|Isle of Wight|No area matches/);
				}
			},
		);

		it.each([
			['figures', { area: 'Metropolitan' }, WORDING],
			['ffigurau', { ardal: 'Metropolitan' }, WELSH_WORDING],
		] as const)(
			'/%s: an answer led by an old year says which later years hold no figure',
			async (name, options, say) => {
				const answer = foundData(getFigures(dataset, { area: 'Metropolitan' }));
				expect(answer.data.year).toBe('2013/14');
				const reply = await send(command(name, options, String(user++)));
				expect(shown(reply)).toContain(
					MARKDOWN_STYLE.text(say.laterYearsWithout(answer.data.area.name, answer.data.laterYearsWithout)),
				);
				expect(answer.data.laterYearsWithout).toContain('2022/23');
			},
		);

		// Each Welsh command's area option is `ardal`.
		it.each([
			'ffigurau Jersey',
			'ffigurau Ynys Manaw',
			'tuedd Ynysoedd y Sianel',
			'ffynonellau Guernsey',
			'ffigurau BTP',
		])('/%s: the Welsh sentence for what Signpost does not cover, not "no area"', async (asked) => {
			const [name = '', ...words] = asked.split(' ');
			const typed = words.join(' ');
			const reply = await send(command(name, { ardal: typed }, String(user++)));
			expect(reply.data.flags).toBe(64);
			expect(reply.data.content?.split('\n')[0]).toBe(notCoveredIn(typed, WELSH_WORDING.notCovered));
			expect(reply.data.content).not.toContain(WELSH_WORDING.notFoundReasons['unknown-area']);
			expect(reply.data.content).not.toMatch(/ is policed by | polices the railways/);
		});
	});
}
