import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { command } from '../../__tests__/support/interactions.js';
import { DISCORD_LIMITS } from '../../util/constants.js';
import { limitViolations } from '../../util/limit-violations.js';
import { OVERFLOW_NOTE } from '../../util/respond.js';
import { createInteractionHandler } from '../create-interaction-handler.js';
import { crowdedDataset } from './support/crowded-dataset.js';

type MessageResponse = Extract<APIInteractionResponse, { type: 4 }>;

describe('a reply with very many figures', () => {
	const dataset = crowdedDataset(400);
	const handle = createInteractionHandler({ dataset, rateLimit: false });

	it('is paged to every Discord limit, nothing left out, with the help intact in content and every embed', () => {
		const response = handle(command('figures', { area: 'Kent', year: '2016/17' })) as MessageResponse;
		expect(response.type).toBe(4);
		expect(limitViolations(response)).toEqual([]);
		const embeds = response.data.embeds ?? [];
		expect(embeds.length).toBeGreaterThan(0);
		const total = embeds.reduce(
			(n, e) =>
				n +
				(e.title?.length ?? 0) +
				(e.description?.length ?? 0) +
				(e.footer?.text.length ?? 0) +
				(e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0),
			0,
		);
		expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
		expect(JSON.stringify(response)).not.toContain(OVERFLOW_NOTE);
		expect(embeds[0]?.footer?.text).toMatch(/^Page 1 of \d+ · /);
		for (const number of HELP_NUMBERS) {
			expect(response.data.content).toContain(number);
			for (const embed of embeds) expect(embed.footer?.text).toContain(number);
		}
	});

	it('/sources and /trend with very many entries stay within limits', () => {
		for (const name of ['sources', 'about', 'national']) {
			expect(limitViolations(handle(command(name)))).toEqual([]);
		}
		expect(limitViolations(handle(command('trend', { area: 'Kent', measure: 'fixture-measure-3' })))).toEqual([]);
	});
});
