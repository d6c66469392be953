import { fixtureDataset, HELP_NUMBERS } from '@signpost-uk/domain/testing';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { command, press } from '../../__tests__/support/interactions.js';
import { findButton, replyButtons } from '../../console/find-button.js';
import { STALE_BUTTON } from '../../pages/answer-press.js';
import { EPHEMERAL } from '../../util/constants.js';
import { limitViolations } from '../../util/limit-violations.js';
import { OVERFLOW_NOTE } from '../../util/respond.js';
import { createInteractionHandler, type LogEntry } from '../create-interaction-handler.js';
import { crowdedDataset } from './support/crowded-dataset.js';

type Message = {
	content?: string;
	embeds?: { title?: string; description?: string; footer?: { text: string } }[];
	flags?: number;
};

function dataOf(response: APIInteractionResponse): Message {
	expect(limitViolations(response)).toEqual([]);
	const data = (response as { data?: Message }).data ?? {};
	for (const number of HELP_NUMBERS) {
		expect(data.content).toContain(number);
		for (const embed of data.embeds ?? []) expect(embed.footer?.text).toContain(number);
	}
	expect(JSON.stringify(data)).not.toContain(OVERFLOW_NOTE);
	return data;
}

function setup(dataset = fixtureDataset()) {
	const logs: LogEntry[] = [];
	const handle = createInteractionHandler({ dataset, rateLimit: false, log: (entry) => logs.push(entry) });
	const click = (response: APIInteractionResponse, label: string, options: Parameters<typeof press>[1] = {}) => {
		const button = findButton(response, label);
		expect(
			button,
			`a "${label}" button among ${replyButtons(response)
				.map((b) => b.label)
				.join(', ')}`,
		).toBeDefined();
		return handle(press(button?.customId, options));
	};
	return { handle, click, logs };
}

describe('buttons', () => {
	it('a first page offers Sources, Caveats, What the sources say, Trend and the previous year; Sources updates the message in place', () => {
		const { handle, click, logs } = setup();
		const first = handle(command('figures', { area: 'Staffordshire', year: '2016/17' }));
		expect(replyButtons(first).map((b) => b.label)).toEqual([
			'Sources',
			'Caveats',
			'What the sources say',
			'Trend',
			'◀ Previous year (2015/16)',
		]);
		const sources = click(first, 'sources');
		expect(sources.type).toBe(7);
		const data = dataOf(sources);
		expect(data.flags).toBeUndefined();
		expect(data.embeds?.[0]?.title).toBe('Sources: Staffordshire Police, 2016/17');
		expect(data.embeds?.[0]?.description).toContain('“');
		expect(logs.at(-1)).toMatchObject({ kind: 'component', command: 'button', outcome: 'ok' });
		const caveats = click(sources, 'caveats');
		expect(dataOf(caveats).embeds?.[0]?.description).toContain('not a count of children abused');
		const claims = click(caveats, 'what the sources say');
		expect(dataOf(claims).embeds?.[0]?.title).toBe(
			'What the sources say, checked by Signpost: Staffordshire Police, 2016/17',
		);
		expect(dataOf(claims).embeds?.[0]?.description).toMatch(/Reproduces: /);
		expect(dataOf(click(claims, 'answer')).embeds?.[0]?.title).toBe('Staffordshire Police, 2016/17');
	});

	it('steps to the previous year and back, and opens the trend', () => {
		const { handle, click } = setup();
		const first = handle(command('figures', { area: 'Staffordshire', year: '2016/17' }));
		const previous = click(first, 'previous year');
		expect(dataOf(previous).embeds?.[0]?.title).toBe('Staffordshire Police, 2015/16');
		expect(dataOf(click(previous, 'next year')).embeds?.[0]?.title).toBe('Staffordshire Police, 2016/17');
		const trend = click(first, 'trend');
		expect(dataOf(trend).embeds?.[0]?.title).toBe('Staffordshire Police: Child sexual offences recorded');
	});

	it('a private reply offers "Share publicly", which posts a public copy without buttons to share again', () => {
		const { handle, click } = setup();
		const first = handle(command('figures', { area: 'Derbyshire', private: true }));
		expect(dataOf(first).flags).toBe(EPHEMERAL);
		const shared = click(first, 'share publicly', { messageFlags: EPHEMERAL });
		expect(shared.type).toBe(4);
		expect(dataOf(shared).flags).toBeUndefined();
		expect(replyButtons(shared).map((b) => b.label)).not.toContain('Share publicly');
		// Pressing Sources on the private reply keeps it private, with Share publicly still offered.
		const sources = click(first, 'sources', { messageFlags: EPHEMERAL });
		expect(sources.type).toBe(7);
		expect(replyButtons(sources).map((b) => b.label)).toContain('Share publicly');
	});

	it('pages a long answer instead of cutting it: every figure is on a page, each page whole', () => {
		const dataset = crowdedDataset(400);
		const { handle, click } = setup(dataset);
		let response = handle(command('figures', { area: 'Kent', year: '2016/17' }));
		const seen: string[] = [];
		for (let pages = 0; pages < 100; pages++) {
			const data = dataOf(response);
			seen.push(data.embeds?.[0]?.description ?? '');
			if (!findButton(response, 'next page')) break;
			response = click(response, 'next page');
			expect(response.type).toBe(7);
		}
		expect(seen.length).toBeGreaterThan(1);
		expect(dataOf(response).embeds?.[0]?.footer?.text).toContain(`Page ${seen.length} of ${seen.length}`);
		const text = seen.join('\n');
		const kent = dataset.figures.filter((f) => f.area === 'kent' && f.period === '2016/17' && f.unit === 'count');
		for (const figure of kent) expect(text).toContain(`**${figure.value.toLocaleString('en-GB')}**`);
	});

	it('answers a stale or forged button privately with the help lines, and works in a DM', () => {
		const { handle } = setup();
		for (const customId of ['sp0:nope', 'sp1:fa0:0:zzzzzz:::', 42, undefined]) {
			const response = handle(press(customId));
			expect(response.type).toBe(4);
			const data = dataOf(response);
			expect(data.flags).toBe(EPHEMERAL);
			expect(data.content).toContain(STALE_BUTTON);
		}
		const first = handle(command('national'));
		const button = findButton(first, 'sources');
		expect(dataOf(handle(press(button?.customId, { dm: true }))).embeds?.[0]?.title).toContain('Sources');
	});

	it('counts presses towards the per-user rate limit', () => {
		const handle = createInteractionHandler({ dataset: fixtureDataset(), rateLimit: { perUser: 1, windowMs: 60_000 } });
		const first = handle(command('national'));
		const button = findButton(first, 'sources');
		const limited = handle(press(button?.customId));
		expect(limited.type).toBe(4);
		expect(dataOf(limited).flags).toBe(EPHEMERAL);
	});
});
