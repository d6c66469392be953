// Help first (issue 23) through signed Ed25519 requests to the HTTP interactions server: every command, English and
// Welsh, and every string option, given the domain's phrase table (a frightened child's words, an adult's, Welsh),
// answers privately with help and nothing else, never a figure, a "not found" or the words typed; autocomplete offers
// the help choice first; a deferred reply is private; nothing typed is logged.
import { MAX_FREE_TEXT_LENGTH, PERSON_CONCERNS } from '@signpost-uk/domain';
import {
	HELP_NUMBERS,
	LONG_PERSON_MESSAGE,
	LONG_QUERY,
	longMessage,
	PERSON_PHRASES,
	type PersonPhrase,
} from '@signpost-uk/domain/testing';
import { ApplicationCommandOptionType, InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { command } from '../../__tests__/support/interactions.js';
import { commandDefinitions } from '../../commands/definitions.js';
import { welshCommandDefinitions } from '../../commands/welsh-commands.js';
import { answerCommandLine } from '../../console/answer-command-line.js';
import { buildCommandInteraction } from '../../console/build-command-interaction.js';
import { createInteractionHandler, type LogEntry } from '../../core/create-interaction-handler.js';
import { helpFirstResponse } from '../../pages/help-first-message.js';
import { EPHEMERAL } from '../../util/constants.js';
import { limitViolations } from '../../util/limit-violations.js';
import { answerWithinBudget } from '../answer-within-budget.js';
import { gatedHandler } from './support/gated-handler.js';
import { httpServerForFile } from './support/http-server-for-file.js';
import { makeKeys, postSignedJson } from './support/signing.js';

const keys = makeKeys();
const logged: unknown[] = [];
const coreLog: LogEntry[] = [];
const http = httpServerForFile(keys.publicKeyHex, {
	// A limit of one command a minute: a person over it still gets help first.
	handler: createInteractionHandler({ rateLimit: { perUser: 1, windowMs: 60_000 }, log: (e) => coreLog.push(e) }),
	log: {
		debug: (message, fields) => logged.push({ message, ...fields }),
		info: (message, fields) => logged.push({ message, ...fields }),
		warn: (message, fields) => logged.push({ message, ...fields }),
		error: (message, fields) => logged.push({ message, ...fields }),
	},
});

interface Reply {
	type: number;
	data?: {
		content?: string;
		flags?: number;
		embeds?: unknown[];
		components?: unknown[];
		choices?: { name: string; value: string }[];
	};
}

async function postSigned(payload: unknown): Promise<Reply> {
	const response = await postSignedJson(http.url, keys, payload);
	expect(response.status).toBe(200);
	return (await response.json()) as Reply;
}

/** Three-word runs of what was typed: none may appear in a reply (a whole phrase, or any part of it). */
function runsOf(text: string): string[] {
	const words = text.toLowerCase().split(/\s+/).filter(Boolean);
	if (words.length < 3) return [words.join(' ')];
	return words.slice(0, -2).map((_, i) => words.slice(i, i + 3).join(' '));
}

/**
 * What Signpost itself says in help-first replies, whatever was typed (each concern, English and Welsh): a run of
 * words found there ("call the police", "about a child") is Signpost's sentence, not an echo.
 */
const SAID = PERSON_CONCERNS.flatMap((concern) =>
	(['en', 'cy'] as const).map((locale) =>
		JSON.stringify(helpFirstResponse({ concerns: [concern], language: locale }, locale)).toLowerCase(),
	),
).join('\n');

/** A help-first reply: private, help and nothing else, the exact numbers, no figure, never the words typed. */
function expectHelpFirst(reply: Reply, phrase: PersonPhrase, where: string): string {
	expect(reply.type, where).toBe(InteractionResponseType.ChannelMessageWithSource);
	expect(limitViolations(reply as never), where).toEqual([]);
	const data = reply.data ?? {};
	const content = data.content ?? '';
	expect(data.flags, where).toBe(EPHEMERAL);
	expect(data.embeds, where).toBeUndefined();
	expect(data.components, where).toBeUndefined();
	for (const number of HELP_NUMBERS) expect(content, where).toContain(number);
	if (phrase.concern === 'danger') expect(content.split('\n')[0], where).toContain('999');
	expect(content, where).not.toMatch(
		/No area matches|Did you mean|Nid oes ardal|Oeddech chi|offences|recorded|Years held/i,
	);
	// No statistics: the only numbers are the help lines' numbers (Meic's text number 84001 among them), hours and
	// Childline's age. The dates the help lines' hours were checked on ("hours checked 4 December 2026", "oriau wedi'u
	// gwirio 4 Rhagfyr 2026") are not statistics either.
	const numbers = content
		.replace(/0800 1111|0808 800 5000|080880 23456|84001|0808 1000 900|116 123|0800 068 4141/g, '')
		.replace(/\b\d{1,2} \p{L}+ (?:19|20)\d{2}\b/gu, '');
	expect(numbers.match(/\b\d{1,3}(?:,\d{3})+\b|\b\d{4,}\b/g) ?? [], where).toEqual([]);
	const lower = content.toLowerCase();
	for (const run of runsOf(phrase.text))
		if (!SAID.includes(run)) expect(lower, `${where}: repeats "${run}"`).not.toContain(run);
	return content;
}

/** Every string option of every command, English and Welsh, with the options a command needs beside it. */
const STRING_OPTIONS = [...commandDefinitions, ...welshCommandDefinitions].flatMap((definition) =>
	(definition.options ?? [])
		.filter((option) => option.type === ApplicationCommandOptionType.String)
		.map((option) => ({ command: definition.name, option: option.name })),
);

/** Every string option's `max_length`, English and Welsh. */
const MAX_LENGTHS = [...commandDefinitions, ...welshCommandDefinitions].flatMap((definition) =>
	(definition.options ?? [])
		.filter((option) => option.type === ApplicationCommandOptionType.String)
		.map((option) => ('max_length' in option ? option.max_length : undefined)),
);

/** One phrase of each concern and language, for the every-command-and-option sweep. */
const SAMPLE = [
	...new Map(PERSON_PHRASES.map((p) => [`${p.concern}-${p.language}`, p] as const)).values(),
] as readonly PersonPhrase[];

describe('help first over signed HTTP', () => {
	it('the phrase table is the domain’s: English and Welsh, every concern', () => {
		expect(PERSON_PHRASES.length).toBeGreaterThan(100);
		expect(SAMPLE.some((p) => p.language === 'cy')).toBe(true);
		expect(new Set(SAMPLE.map((p) => p.concern)).size).toBeGreaterThanOrEqual(7);
	});

	it('/figures area: every phrase of the table gets the help-first reply', async () => {
		for (const [i, phrase] of PERSON_PHRASES.entries())
			expectHelpFirst(await postSigned(command('figures', { area: phrase.text }, `u${i}`)), phrase, phrase.text);
	});

	it('every command and every string option, English and Welsh, with one phrase of each concern', async () => {
		expect(STRING_OPTIONS.length).toBeGreaterThanOrEqual(20);
		for (const { command: name, option } of STRING_OPTIONS)
			for (const phrase of SAMPLE) {
				const where = `/${name} ${option}: ${phrase.text}`;
				expectHelpFirst(await postSigned(command(name, { [option]: phrase.text, private: false })), phrase, where);
			}
	});

	it('commands without a text box still give help first when a payload carries a phrase (/support, /help, /about)', async () => {
		const [phrase] = PERSON_PHRASES;
		for (const name of ['support', 'help', 'about', 'cymorth', 'gorchmynion'])
			expectHelpFirst(await postSigned(command(name, { area: phrase?.text ?? '' })), phrase as PersonPhrase, name);
	});

	it('answers a Welsh command, a cy interaction or Welsh words in Welsh, with the same numbers', async () => {
		const welshWords = PERSON_PHRASES.find((p) => p.language === 'cy') as PersonPhrase;
		const english = PERSON_PHRASES.find((p) => p.language === 'en' && p.concern === 'distress') as PersonPhrase;
		const replies = [
			await postSigned(command('figures', { area: welshWords.text })),
			await postSigned(command('ffigurau', { ardal: english.text })),
			await postSigned({ ...command('figures', { area: english.text }), locale: 'cy' }),
		];
		for (const reply of replies) {
			const content = expectHelpFirst(reply, english, 'welsh');
			expect(content).toMatch(/Gelli di siarad â Childline nawr: ffonia 0800 1111/);
			expect(content).toContain('**Cael help**');
		}
	});

	it('autocomplete offers the help choice first and only; sending it gives the same help-first reply', async () => {
		for (const phrase of SAMPLE) {
			const typing = {
				...command('figures', {}),
				type: InteractionType.ApplicationCommandAutocomplete,
				data: {
					id: '3',
					type: 1,
					name: 'figures',
					options: [{ name: 'area', type: 3, value: phrase.text, focused: true }],
				},
			};
			const offered = await postSigned(typing);
			expect(offered.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
			const [choice, ...others] = offered.data?.choices ?? [];
			expect(others).toEqual([]);
			expect(choice?.name.length).toBeLessThanOrEqual(100);
			expect(choice?.name).toMatch(
				phrase.language === 'cy'
					? /^(Siarad â rhywun nawr: Childline 0800 1111|Mewn perygl nawr\? Ffonia 999\. Neu siarada â Childline 0800 1111)$/
					: /^(Talk to someone now: Childline 0800 1111|In danger now\? Call 999\. Or talk to Childline 0800 1111)$/,
			);
			if (phrase.concern === 'danger') expect(choice?.name).toContain('999');
			expect(JSON.stringify(offered).toLowerCase()).not.toContain(phrase.text.toLowerCase());
			const sent = await postSigned(command('figures', { area: choice?.value ?? '' }));
			const direct = await postSigned(command('figures', { area: phrase.text }));
			expect(sent.data?.content).toBe(direct.data?.content);
			expectHelpFirst(sent, phrase, `choice for ${phrase.text}`);
		}
	});

	it('a long message (2,000 characters, what is wrong said last) in every string option gets help first', async () => {
		const long: PersonPhrase = { text: LONG_PERSON_MESSAGE, concern: 'disclosure', language: 'en' };
		const welsh: PersonPhrase = { text: longMessage('helpwch fi'), concern: 'distress', language: 'cy' };
		// Discord stops typing at max_length: every box takes a long message.
		expect(MAX_LENGTHS).toHaveLength(STRING_OPTIONS.length);
		expect(new Set(MAX_LENGTHS)).toEqual(new Set([MAX_FREE_TEXT_LENGTH]));
		for (const { command: name, option } of STRING_OPTIONS)
			for (const phrase of [long, welsh]) {
				const where = `/${name} ${option}: a long message`;
				const reply = await postSigned(command(name, { [option]: phrase.text, private: false }));
				expectHelpFirst(reply, phrase, where);
				expect(reply.data?.content?.toLowerCase(), where).not.toContain('touches me');
			}
	});

	it('a long string that is not a person gets an ordinary private answer with the help lines, not help first', async () => {
		for (const [name, option] of [
			['figures', 'area'],
			['ffigurau', 'mesur'],
			['compare', 'with'],
			['trend', 'area'],
		] as const) {
			const reply = await postSigned(command(name, { area: 'Kent', ardal: 'Kent', [option]: LONG_QUERY }));
			const where = `/${name} ${option}: ${LONG_QUERY.length} characters`;
			expect(reply.type, where).toBe(InteractionResponseType.ChannelMessageWithSource);
			expect(reply.data?.flags, where).toBe(EPHEMERAL);
			for (const number of HELP_NUMBERS) expect(reply.data?.content, where).toContain(number);
			expect(reply.data?.content, where).not.toMatch(/You can talk to Childline now|Gelli di siarad/);
			expect(reply.data?.content, where).not.toContain('Qzx Qzx');
			expect(limitViolations(reply as never), where).toEqual([]);
		}
	});

	it('logs the command and outcome only, never what was typed', () => {
		// The outcome's own name ("help-first") is the log's word, not the person's.
		const text = JSON.stringify([logged, coreLog])
			.toLowerCase()
			.replaceAll(/"(command|outcome|kind|message|route)":"[^"]*"/g, '');
		for (const phrase of [...PERSON_PHRASES, { text: LONG_PERSON_MESSAGE }])
			for (const run of runsOf(phrase.text)) expect(text, run).not.toContain(run);
		expect(coreLog.some((entry) => entry.outcome === 'help-first' && entry.kind === 'command')).toBe(true);
		expect(coreLog.some((entry) => entry.outcome === 'help-first' && entry.kind === 'autocomplete')).toBe(true);
	});
});

describe('help first on the other paths', () => {
	it('a deferred help-first reply is private from the deferral, and its follow-up is the same help', async () => {
		const phrase = PERSON_PHRASES[0] as PersonPhrase;
		const gated = gatedHandler();
		const interaction = buildCommandInteraction('figures', [
			{ name: 'area', type: ApplicationCommandOptionType.String, value: phrase.text },
			{ name: 'private', type: ApplicationCommandOptionType.Boolean, value: false },
		]);
		const { response, followUp } = await answerWithinBudget(interaction, gated.handler, { budgetMs: 1 });
		expect(response).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: 64 } });
		gated.release();
		const body = await followUp?.body;
		for (const number of HELP_NUMBERS) expect(body?.content).toContain(number);
		expect(body?.content?.toLowerCase()).not.toContain(phrase.text.toLowerCase());
		expect(body?.embeds).toBeUndefined();
	});

	it('the console answers a line that reads as a person with help first, not a refusal', () => {
		const handler = createInteractionHandler({ rateLimit: false });
		for (const phrase of SAMPLE) {
			for (const line of [phrase.text, `/figures area:"${phrase.text.replaceAll('"', '')}"`]) {
				const answer = answerCommandLine(line, handler, commandDefinitions);
				expect(answer.ok, line).toBe(true);
				for (const number of HELP_NUMBERS) expect(answer.text).toContain(number);
				expect(answer.text).not.toMatch(/Could not read that command line|No area matches/);
				expect(answer.text.toLowerCase()).not.toContain(phrase.text.toLowerCase());
			}
		}
	});
});
