import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { ApplicationCommandOptionType, InteractionResponseType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { areaAutocompleteInteraction, figuresInteraction } from '../../__tests__/support/interactions.js';
import { buildCommandInteraction } from '../../console/build-command-interaction.js';
import { createInteractionHandler } from '../../core/create-interaction-handler.js';
import { DEFER_AFTER_MS, EPHEMERAL, FOLLOW_UP_DEADLINE_MS } from '../../util/constants.js';
import { prepareAutocomplete } from '../../util/respond.js';
import { answerWithinBudget, type HandlerFailure } from '../answer-within-budget.js';
import { gatedHandler } from './support/gated-handler.js';

const core = createInteractionHandler({ rateLimit: false });
// A millisecond: the gated handler cannot answer before it is released, so these always defer.
const DEFER_AT_ONCE = { budgetMs: 1 };

function privateOption(value: boolean) {
	return { name: 'private', type: ApplicationCommandOptionType.Boolean, value } as const;
}

describe('answerWithinBudget', () => {
	it('defers within Discord’s window by default', () => {
		expect(DEFER_AFTER_MS).toBeGreaterThan(0);
		expect(DEFER_AFTER_MS).toBeLessThan(3_000);
	});

	it('answers directly, with no follow-up, when the answer is ready in time (sync or async)', async () => {
		const interaction = figuresInteraction('Derbyshire', '2016/17');
		const sync = await answerWithinBudget(interaction, core);
		const async = await answerWithinBudget(interaction, async (i) => core(i), { budgetMs: 60_000 });
		for (const answer of [sync, async]) {
			expect(answer.followUp).toBeUndefined();
			expect(answer.response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
		}
	});

	it('defers a slow answer, then gives the answer as a follow-up for @original with both help numbers', async () => {
		const gated = gatedHandler();
		const interaction = figuresInteraction('Derbyshire', '2016/17');
		const { response, followUp } = await answerWithinBudget(interaction, gated.handler, DEFER_AT_ONCE);
		expect(response).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource });
		// discord-api-types writes `@original` as `%40original`, as discord.js sends it; Discord reads both.
		expect(decodeURIComponent(followUp?.route ?? '')).toBe(
			`/webhooks/${interaction.application_id}/${interaction.token}/messages/@original`,
		);
		gated.release();
		const body = await followUp?.body;
		for (const number of HELP_NUMBERS) expect(body?.content).toContain(number);
		expect(body).not.toHaveProperty('flags');
		expect(body?.allowed_mentions).toEqual({ parse: [] });
	});

	it('defers privately when the reply will be private: private:true, or /support by default', async () => {
		const cases = [
			{ interaction: buildCommandInteraction('support', []), flags: EPHEMERAL },
			{ interaction: buildCommandInteraction('support', [privateOption(false)]), flags: undefined },
			{
				interaction: buildCommandInteraction('figures', [
					{ name: 'area', type: ApplicationCommandOptionType.String, value: 'Kent' },
					privateOption(true),
				]),
				flags: EPHEMERAL,
			},
			{ interaction: figuresInteraction('Kent'), flags: undefined },
		];
		for (const { interaction, flags } of cases) {
			const gated = gatedHandler();
			const { response, followUp } = await answerWithinBudget(interaction, gated.handler, DEFER_AT_ONCE);
			expect(response.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
			expect((response as { data?: { flags?: number } }).data?.flags).toBe(flags);
			gated.release();
			await followUp?.body;
		}
	});

	it('turns a handler that rejects after deferring into an internal-error follow-up with help and a logged id', async () => {
		const gated = gatedHandler();
		const failures: HandlerFailure[] = [];
		const interaction = figuresInteraction('Zzyzx-Typed-Text');
		const { response, followUp } = await answerWithinBudget(interaction, gated.handler, {
			...DEFER_AT_ONCE,
			onError: (failure) => failures.push(failure),
		});
		expect(response.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
		gated.fail(new Error('lookup failed for Zzyzx-Typed-Text'));
		const body = await followUp?.body;
		for (const number of HELP_NUMBERS) expect(body?.content).toContain(number);
		expect(failures).toHaveLength(1);
		expect(failures[0]).toMatchObject({ deferred: true, reason: 'handler-failed', errorName: 'Error' });
		expect(body?.content).toContain(`Reference: ${failures[0]?.correlationId}`);
		expect(JSON.stringify(failures)).not.toContain('Zzyzx');
		expect(body?.content).not.toContain('Zzyzx');
	});

	it('gives up on a deferred answer that never arrives: the follow-up is the internal error, with help', async () => {
		const gated = gatedHandler();
		const failures: HandlerFailure[] = [];
		const { followUp } = await answerWithinBudget(figuresInteraction('Kent'), gated.handler, {
			...DEFER_AT_ONCE,
			// The gate is never opened, so the deadline always comes first.
			followUpDeadlineMs: 1,
			onError: (failure) => failures.push(failure),
		});
		const body = await followUp?.body;
		for (const number of HELP_NUMBERS) expect(body?.content).toContain(number);
		expect(failures).toEqual([{ correlationId: expect.any(String), deferred: true, reason: 'timed-out' }]);
		expect(body?.content).toContain(`Reference: ${failures[0]?.correlationId}`);
		expect(FOLLOW_UP_DEADLINE_MS).toBeLessThan(15 * 60_000);
	});

	it('answers a handler that fails before the budget with the internal-error reply, not a deferral', async () => {
		const failures: HandlerFailure[] = [];
		const onError = (failure: HandlerFailure) => failures.push(failure);
		const interaction = figuresInteraction('Derbyshire');
		const thrown = await answerWithinBudget(
			interaction,
			() => {
				throw new TypeError('sync');
			},
			{ onError },
		);
		const rejected = await answerWithinBudget(interaction, async () => Promise.reject(new Error('async')), { onError });
		for (const { response, followUp } of [thrown, rejected]) {
			expect(followUp).toBeUndefined();
			expect(response.type).toBe(InteractionResponseType.ChannelMessageWithSource);
			const content = (response as { data: { content: string; flags?: number } }).data.content;
			for (const number of HELP_NUMBERS) expect(content).toContain(number);
			expect(content).toContain('Reference:');
		}
		expect(failures.map((failure) => [failure.deferred, failure.errorName])).toEqual([
			[false, 'TypeError'],
			[false, 'Error'],
		]);
	});

	it('gives an internal-error follow-up when a deferred answer is not a message', async () => {
		const failures: HandlerFailure[] = [];
		let release: () => void = () => {};
		const gate = new Promise<void>((resolve) => {
			release = resolve;
		});
		const { followUp } = await answerWithinBudget(
			figuresInteraction('Kent'),
			async () => {
				await gate;
				return prepareAutocomplete([]);
			},
			{ ...DEFER_AT_ONCE, onError: (failure) => failures.push(failure) },
		);
		release();
		const body = await followUp?.body;
		for (const number of HELP_NUMBERS) expect(body?.content).toContain(number);
		expect(failures[0]).toMatchObject({ deferred: true, reason: 'not-a-message' });
	});

	it('never defers autocomplete (Discord allows no deferral for it): it waits for the choices', async () => {
		const gated = gatedHandler();
		const pending = answerWithinBudget(areaAutocompleteInteraction('Derb'), gated.handler, DEFER_AT_ONCE);
		// Released only after a timer set later than the 1 ms budget, so a command would have been deferred by now.
		await new Promise((resolve) => setTimeout(resolve, 20));
		gated.release();
		const { response, followUp } = await pending;
		expect(followUp).toBeUndefined();
		expect(response.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
	});

	it('gives an empty choice list when autocomplete fails', async () => {
		const { response } = await answerWithinBudget(areaAutocompleteInteraction('Derb'), async () =>
			Promise.reject(new Error('x')),
		);
		expect(response).toEqual({
			type: InteractionResponseType.ApplicationCommandAutocompleteResult,
			data: { choices: [] },
		});
	});
});
