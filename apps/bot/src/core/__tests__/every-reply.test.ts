import { getBundledDataset, yearsHeld } from '@signpost-uk/domain';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { command, press } from '../../__tests__/support/interactions.js';
import { replyButtons } from '../../console/find-button.js';
import { CUSTOM_ID_MAX, decodeCustomId } from '../../pages/custom-id.js';
import { limitViolations } from '../../util/limit-violations.js';
import { OVERFLOW_NOTE } from '../../util/respond.js';
import { createInteractionHandler } from '../create-interaction-handler.js';

type Data = {
	content?: string;
	embeds?: {
		title?: string;
		description?: string;
		footer?: { text: string };
		fields?: { name: string; value: string }[];
	}[];
};

const dataset = getBundledDataset();
const handle = createInteractionHandler({ dataset, rateLimit: false });

/** Sentences of a reply's own text (content, titles, descriptions, fields), for the say-it-once check. */
function sentences(data: Data): string[] {
	const parts = [
		data.content ?? '',
		...(data.embeds ?? []).flatMap((e) => [
			e.title ?? '',
			e.description ?? '',
			...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
		]),
	];
	return parts
		.join('\n')
		.split(/(?<=[.!?])\s+|\n/)
		.map((s) => s.replace(/^[-*\s]+/, '').trim())
		.filter((s) => s.length > 40);
}

/** The help numbers missing from the content or from an embed's footer. */
function missingHelp(data: Data): string[] {
	return HELP_NUMBERS.flatMap((number) => [
		...(data.content?.includes(number) ? [] : [`content without ${number}`]),
		...(data.embeds ?? [])
			.filter((embed) => !embed.footer?.text.includes(number))
			.map(() => `footer without ${number}`),
	]);
}

/** Lines of an embed a cut would leave with bold or a link open. */
function cutLines(data: Data): string[] {
	const lines = (data.embeds ?? []).flatMap((embed) => (embed.description ?? '').split('\n'));
	return lines.flatMap((line) => {
		const bold = (line.match(/\*\*/g) ?? []).length % 2 !== 0 ? [`unbalanced bold: ${line}`] : [];
		const links = (line.match(/\]\(https?:/g) ?? []).length !== (line.match(/\]\(https?:[^)\s]+\)/g) ?? []).length;
		return [...bold, ...(links ? [`open link: ${line}`] : [])];
	});
}

/** Every way a reply can be wrong: over a limit, cut, missing help, a repeated sentence, a bad button. */
function problems(response: APIInteractionResponse): string[] {
	const found = limitViolations(response);
	const data = ((response as { data?: Data }).data ?? {}) as Data;
	const text = JSON.stringify(data);
	if (text.includes(OVERFLOW_NOTE) || text.includes('…(more')) found.push('something was left out');
	found.push(...missingHelp(data), ...cutLines(data));
	const said = sentences(data);
	const repeated = said.filter((s, i) => said.indexOf(s) !== i);
	if (repeated.length) found.push(`repeated: ${repeated[0]}`);
	for (const button of replyButtons(response)) {
		if (button.customId.length > CUSTOM_ID_MAX || !decodeCustomId(dataset, button.customId))
			found.push(`bad custom_id ${button.customId}`);
	}
	return found;
}

/** A reply, then every view and page its buttons reach (each once), as a user pressing through would see them. */
function pressThrough(first: APIInteractionResponse, seen: Set<string>, failures: string[], label: string): number {
	let count = 0;
	const queue = [first];
	while (queue.length) {
		const response = queue.shift() as APIInteractionResponse;
		count++;
		for (const problem of problems(response)) failures.push(`${label}: ${problem}`);
		for (const button of replyButtons(response)) {
			// Pages and views of this same question; other years and the trend are asked on their own below.
			if (!/^sp1:[fctns][asck]\d+:[01]:/.test(button.customId) || seen.has(button.customId)) continue;
			if (/year|Trend|Figures for|Share/.test(button.label)) continue;
			seen.add(button.customId);
			queue.push(handle(press(button.customId)));
		}
	}
	return count;
}

/** An area's trend for each of its measures (and none), and its figures for each year held of each. */
function areaQuestions(area: string): [name: string, options: Record<string, string>][] {
	const measures = [undefined, ...new Set(dataset.figures.filter((f) => f.area === area).map((f) => f.measure))];
	return measures.flatMap((measure) => {
		const options: Record<string, string> = measure ? { area, measure } : { area };
		const years = [undefined, ...yearsHeld(dataset, { area, measure })];
		return [
			['trend', options] as [string, Record<string, string>],
			...years.map((year): [string, Record<string, string>] => ['figures', year ? { ...options, year } : options]),
		];
	});
}

/** Every command with every option the dataset gives it a value for: each area's measures and years, each national year. */
function everyQuestion(): [name: string, options: Record<string, string>][] {
	const questions: [string, Record<string, string>][] = dataset.areas.flatMap((area) => [
		...areaQuestions(area.id),
		['sources', { area: area.id }],
		['compare', { area: area.id, with: 'uk' }],
	]);
	for (const measure of [undefined, ...dataset.measures.map((m) => m.id)])
		for (const year of [undefined, ...yearsHeld(dataset)])
			questions.push(['national', { ...(measure ? { measure } : {}), ...(year ? { year } : {}) }]);
	for (const name of ['sources', 'support', 'help', 'about']) questions.push([name, {}]);
	return questions;
}

describe('every reply over the bundled dataset', () => {
	it('fits Discord, cuts nothing, carries both help numbers on every page and never repeats a sentence', () => {
		const failures: string[] = [];
		const seen = new Set<string>();
		let replies = 0;
		const ask = (name: string, options: Record<string, string | boolean>) => {
			const label = `/${name} ${JSON.stringify(options)}`;
			replies += pressThrough(handle(command(name, options)), seen, failures, label);
		};
		for (const [name, options] of everyQuestion()) ask(name, options);
		expect(failures.slice(0, 20)).toEqual([]);
		expect(replies).toBeGreaterThan(2_000);
	});
});
