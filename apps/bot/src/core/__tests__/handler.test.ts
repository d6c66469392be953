import { fixtureDataset, HELP_NUMBERS } from '@signpost-uk/domain/testing';
import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { command } from '../../__tests__/support/interactions.js';
import { EPHEMERAL } from '../../util/constants.js';
import { createInteractionHandler, handleInteraction, type LogEntry } from '../create-interaction-handler.js';

type MessageResponse = Extract<APIInteractionResponse, { type: 4 }>;

function expectHelp(response: APIInteractionResponse): MessageResponse {
	expect(response.type).toBe(4);
	const message = response as MessageResponse;
	for (const number of HELP_NUMBERS) expect(message.data.content).toContain(number);
	return message;
}

describe('createInteractionHandler', () => {
	it('answers PING with PONG', () => {
		expect(handleInteraction({ type: 1 } as APIInteraction)).toEqual({ type: 1 });
	});

	it('answers components and modals with a short private message and help', () => {
		for (const type of [3, 5]) {
			const message = expectHelp(handleInteraction({ type, data: { custom_id: 'x' } } as unknown as APIInteraction));
			expect(message.data.flags).toBe(EPHEMERAL);
		}
	});

	it('rate limits per user, with help, and counts each user apart', () => {
		let clock = 0;
		const logs: LogEntry[] = [];
		const handle = createInteractionHandler({
			dataset: fixtureDataset(),
			rateLimit: { perUser: 2, windowMs: 1_000 },
			now: () => clock,
			log: (e) => logs.push(e),
		});
		handle(command('support', {}, 'a'));
		handle(command('support', {}, 'a'));
		const limited = expectHelp(handle(command('support', {}, 'a')));
		expect(limited.data.flags).toBe(EPHEMERAL);
		expect(limited.data.content).toContain('wait');
		expect(logs.at(-1)?.outcome).toBe('rate-limited');
		handle(command('support', {}, 'b'));
		expect(logs.at(-1)?.outcome).toBe('ok');
		clock = 1_000;
		handle(command('support', {}, 'a'));
		expect(logs.at(-1)?.outcome).toBe('ok');
	});

	it('turns an internal error into a reply with help and a logged correlation id', () => {
		const logs: LogEntry[] = [];
		const failing = handlerWithFailingFigures(logs);
		const message = expectHelp(failing(command('figures', { area: 'Derbyshire' })));
		const entry = logs.at(-1);
		expect(entry).toMatchObject({ command: 'unknown', kind: 'other', outcome: 'error' });
		expect(entry?.outcome).toBe('error');
		expect(entry?.correlationId).toMatch(/\w{6,}/);
		expect(message.data.content).toContain(entry?.correlationId ?? 'missing');
		expect(message.data.flags).toBe(EPHEMERAL);
		// Only the failing command is replaced: the others still answer.
		expectHelp(failing(command('support')));
		expect(logs.at(-1)).toMatchObject({ command: 'support', outcome: 'ok' });
	});

	it('answers a payload whose every property throws, with help', () => {
		const hostile = new Proxy(
			{},
			{
				get() {
					throw new Error('hostile');
				},
			},
		);
		expectHelp(handleInteraction(hostile as APIInteraction));
	});

	it('logs name, kind, outcome and latency only, never an option value', () => {
		const logs: LogEntry[] = [];
		let clock = 0;
		const handle = createInteractionHandler({
			dataset: fixtureDataset(),
			rateLimit: false,
			log: (e) => logs.push(e),
			now: () => (clock += 5),
		});
		handle(command('figures', { area: 'Secret-Typed-Words', year: 'Also-Typed' }));
		expect(logs).toEqual([{ command: 'figures', kind: 'command', outcome: 'not-found', latencyMs: 5 }]);
		expect(JSON.stringify(logs)).not.toContain('Typed');
	});

	it('still answers when the log throws', () => {
		const handle = createInteractionHandler({
			dataset: fixtureDataset(),
			log: () => {
				throw new Error('log down');
			},
		});
		expectHelp(handle(command('support')));
	});
});

/** A handler whose /figures command throws (injected in place of the real one); every other command is real. */
function handlerWithFailingFigures(logs: LogEntry[]) {
	return createInteractionHandler({
		dataset: fixtureDataset(),
		rateLimit: false,
		log: (e) => logs.push(e),
		commands: {
			figures: () => {
				throw new Error('boom');
			},
		},
	});
}
