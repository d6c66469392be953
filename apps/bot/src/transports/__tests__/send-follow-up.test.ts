import { selectHelp } from '@signpost-uk/domain';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import { prepareFollowUp } from '../../util/respond.js';
import { FollowUpError, sendFollowUp } from '../send-follow-up.js';

/** Discord's side of a follow-up, answering with the given statuses in turn; records what it was sent. */
function discordAnswering(...statuses: number[]) {
	const calls: { url: string; method: string | undefined; body: string }[] = [];
	const fetch = (async (url: string | URL | Request, init?: RequestInit) => {
		calls.push({ url: String(url), method: init?.method, body: String(init?.body) });
		const status = statuses[Math.min(calls.length - 1, statuses.length - 1)] ?? 204;
		return new Response(status === 204 ? null : '{}', { status });
	}) as typeof globalThis.fetch;
	return { fetch, calls };
}

const followUp = {
	route: '/webhooks/1/token/messages/@original',
	body: Promise.resolve(prepareFollowUp({ content: 'Answer' }, selectHelp())),
} as const;

describe('sendFollowUp', () => {
	it('PATCHes the follow-up, with the help lines, over @original', async () => {
		const discord = discordAnswering(204);
		await sendFollowUp(followUp, { apiBaseUrl: 'https://discord.test/api/v10/', fetch: discord.fetch });
		expect(discord.calls).toHaveLength(1);
		expect(discord.calls[0]?.url).toBe('https://discord.test/api/v10/webhooks/1/token/messages/@original');
		expect(discord.calls[0]?.method).toBe('PATCH');
		for (const number of HELP_NUMBERS) expect(discord.calls[0]?.body).toContain(number);
	});

	it('tries once more when Discord does not know the deferred message yet (404), then succeeds', async () => {
		const discord = discordAnswering(404, 204);
		await sendFollowUp(followUp, { fetch: discord.fetch, retryAfterMs: 0 });
		expect(discord.calls).toHaveLength(2);
		expect(discord.calls[1]?.body).toBe(discord.calls[0]?.body);
	});

	it('gives up after the one retry, and does not retry other refusals', async () => {
		const twice = discordAnswering(404, 404);
		await expect(sendFollowUp(followUp, { fetch: twice.fetch, retryAfterMs: 0 })).rejects.toEqual(
			new FollowUpError(404),
		);
		expect(twice.calls).toHaveLength(2);
		const refused = discordAnswering(401);
		await expect(sendFollowUp(followUp, { fetch: refused.fetch, retryAfterMs: 0 })).rejects.toBeInstanceOf(
			FollowUpError,
		);
		expect(refused.calls).toHaveLength(1);
	});
});
