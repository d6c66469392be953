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

/** Every way a reply can be wrong: over a limit, cut, missing help, a repeated sentence, a bad button. */
function problems(response: APIInteractionResponse): string[] {
	const found = limitViolations(response);
	const data = ((response as { data?: Data }).data ?? {}) as Data;
	const text = JSON.stringify(data);
	if (text.includes(OVERFLOW_NOTE) || text.includes('…(more')) found.push('something was left out');
	for (const number of HELP_NUMBERS) {
		if (!data.content?.includes(number)) found.push(`content without ${number}`);
		for (const embed of data.embeds ?? [])
			if (!embed.footer?.text.includes(number)) found.push(`footer without ${number}`);
	}
	for (const embed of data.embeds ?? []) {
		for (const line of (embed.description ?? '').split('\n')) {
			// A cut line would leave bold or a link open.
			if ((line.match(/\*\*/g) ?? []).length % 2 !== 0) found.push(`unbalanced bold: ${line}`);
			if ((line.match(/\]\(https?:/g) ?? []).length !== (line.match(/\]\(https?:[^)\s]+\)/g) ?? []).length)
				found.push(`open link: ${line}`);
		}
	}
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

describe('every reply over the bundled dataset', () => {
	it('fits Discord, cuts nothing, carries both help numbers on every page and never repeats a sentence', () => {
		const failures: string[] = [];
		const seen = new Set<string>();
		let replies = 0;
		const ask = (name: string, options: Record<string, string | boolean>) => {
			const label = `/${name} ${JSON.stringify(options)}`;
			replies += pressThrough(handle(command(name, options)), seen, failures, label);
		};
		for (const area of dataset.areas) {
			const measures = [undefined, ...new Set(dataset.figures.filter((f) => f.area === area.id).map((f) => f.measure))];
			for (const measure of measures) {
				const options: Record<string, string> = measure ? { area: area.id, measure } : { area: area.id };
				ask('trend', options);
				for (const year of [undefined, ...yearsHeld(dataset, { area: area.id, measure })]) {
					ask('figures', year ? { ...options, year } : options);
				}
			}
			ask('sources', { area: area.id });
			ask('compare', { area: area.id, with: 'uk' });
		}
		for (const measure of [undefined, ...dataset.measures.map((m) => m.id)]) {
			for (const year of [undefined, ...yearsHeld(dataset)]) {
				const options: Record<string, string> = {};
				if (measure) options.measure = measure;
				if (year) options.year = year;
				ask('national', options);
			}
		}
		for (const name of ['sources', 'support', 'help', 'about']) ask(name, {});
		expect(failures.slice(0, 20)).toEqual([]);
		expect(replies).toBeGreaterThan(2_000);
	});
});
