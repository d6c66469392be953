// A figure's coverage mark on the bot's first page (issue 24, part 1), through signed requests on both HTTP
// transports: Police Scotland's 2021/22 and 2022/23 totals count offences against children under 16 only, and every
// short line showing one says so beside its value, in the domain's words, English or Welsh (a Welsh command, or an
// English one with locale "cy"). The SDK's text, the CLI, the MCP tools and the docs say the same mark.
import { getBundledDataset, getFigures, getSeries, WELSH_WORDING, WORDING } from '@signpost-uk/domain';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import type { APIInteraction } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { command } from '../../__tests__/support/interactions.js';
import { bothTransportsForFile, type SendSigned } from './support/both-transports.js';
import { makeKeys, signBody } from './support/signing.js';

interface Reply {
	readonly type: number;
	readonly data?: {
		readonly content?: string;
		readonly embeds?: readonly {
			readonly description?: string;
			readonly fields?: readonly { readonly value: string }[];
		}[];
	};
}

const dataset = getBundledDataset();
const keys = makeKeys();
const transports: Record<string, SendSigned> = bothTransportsForFile(keys.publicKeyHex, { rateLimit: false });

const inWelsh = (interaction: APIInteraction) => ({ ...interaction, locale: 'cy' }) as APIInteraction;

/** The mark each language says (the domain's table), and the other language's, which a reply must not show. */
const MARKS = {
	en: { said: WORDING.coverage.victimsUnder(16), other: WELSH_WORDING.coverage.victimsUnder(16) },
	cy: { said: WELSH_WORDING.coverage.victimsUnder(16), other: WORDING.coverage.victimsUnder(16) },
} as const;

/** The Scotland figures that count victims under 16, by the value the bot shows ("5,557"). */
const under16Values = dataset.figures
	.filter((f) => f.area === 'police-scotland' && f.coverage?.victimsUnder === 16)
	.map((f) => f.value.toLocaleString('en-GB'));

/** The first page's lines: the embed's description and its fields. */
const firstPage = (reply: Reply) =>
	(reply.data?.embeds ?? [])
		.flatMap((e) => [e.description ?? '', ...(e.fields ?? []).map((f) => f.value)])
		.join('\n')
		.split('\n');

/** The lines of a page that show one of the under-16 values in bold. */
const under16Lines = (lines: readonly string[]) =>
	lines.filter((line) => under16Values.some((value) => line.includes(`**${value}**`)));

let user = 5_000;

for (const name of ['HTTP server', 'Worker']) {
	describe(`${name}: the under-16 mark on the bot's first page`, () => {
		const ask = async (interaction: APIInteraction): Promise<Reply> => {
			const body = JSON.stringify({ ...interaction, member: { user: { id: String(user++), username: 't' } } });
			const post = transports[name];
			if (!post) throw new Error('no transport');
			const response = await post(body, signBody(keys, body));
			expect(response.status).toBe(200);
			const reply = (await response.json()) as Reply;
			for (const number of HELP_NUMBERS) expect(reply.data?.content).toContain(number);
			return reply;
		};

		it('the dataset holds Police Scotland figures that count only offences against under-16s', () => {
			expect(under16Values.length).toBeGreaterThanOrEqual(2);
			const answer = getFigures(dataset, { area: 'Scotland' });
			if (answer.status !== 'found') throw new Error(answer.status);
			expect(answer.data.headline?.figures[0]?.coverage).toEqual([MARKS.en.said]);
		});

		it.each([
			['en', '/figures area:Scotland', command('figures', { area: 'Scotland' })],
			['cy', '/ffigurau ardal:Scotland', command('ffigurau', { ardal: 'Scotland' })],
			['cy', '/figures area:Scotland (locale cy)', inWelsh(command('figures', { area: 'Scotland' }))],
			['en', '/figures area:Scotland year:2021/22', command('figures', { area: 'Scotland', year: '2021/22' })],
			[
				'cy',
				'/ffigurau ardal:Scotland blwyddyn:2021/22',
				command('ffigurau', { ardal: 'Scotland', blwyddyn: '2021/22' }),
			],
			['en', '/national', command('national')],
			['cy', '/cenedlaethol', command('cenedlaethol')],
			[
				'en',
				'/compare area:Scotland with:Wales year:2022/23',
				command('compare', { area: 'Scotland', with: 'Wales', year: '2022/23' }),
			],
			[
				'cy',
				'/cymharu ardal:Scotland gyda:Wales blwyddyn:2022/23',
				command('cymharu', { ardal: 'Scotland', gyda: 'Wales', blwyddyn: '2022/23' }),
			],
		] as const)('%s %s: every line with an under-16 figure says so', async (locale, _where, interaction) => {
			const lines = under16Lines(firstPage(await ask(interaction)));
			expect(lines.length).toBeGreaterThan(0);
			for (const line of lines) {
				// Beside the value, before its source: "**5,557** (offences against children under 16, as reported; [The Herald…".
				expect(line).toMatch(new RegExp(`\\*\\*[\\d,]+\\*\\* \\(${MARKS[locale].said}[;)]`));
				expect(line).not.toContain(MARKS[locale].other);
			}
		});

		it.each([
			['en', '/trend area:Scotland', command('trend', { area: 'Scotland' })],
			['cy', '/tuedd ardal:Scotland', command('tuedd', { ardal: 'Scotland' })],
		] as const)(
			'%s %s: each year counting under-16s says so; no other year does',
			async (locale, _where, interaction) => {
				const series = getSeries(dataset, { area: 'Scotland' });
				if (series.status !== 'found') throw new Error(series.status);
				const years = series.data.points.filter((p) => p.figures.some((f) => f.figure.coverage?.victimsUnder === 16));
				expect(years.map((p) => p.year)).toEqual(['2021/22', '2022/23']);
				const lines = firstPage(await ask(interaction)).filter((line) => /^- \d{4}\/\d{2}: /.test(line));
				for (const line of lines)
					expect(line.includes(`(${MARKS[locale].said})`), line).toBe(
						years.some((p) => line.startsWith(`- ${p.year}: `)),
					);
			},
		);
	});
}
