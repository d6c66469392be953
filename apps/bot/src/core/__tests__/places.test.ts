import { getBundledDataset } from '@signpost-uk/domain';
import { HELP_NUMBERS } from '@signpost-uk/domain/testing';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { command } from '../../__tests__/support/interactions.js';
import { limitViolations } from '../../util/limit-violations.js';
import { createInteractionHandler } from '../create-interaction-handler.js';

type MessageResponse = Extract<APIInteractionResponse, { type: 4 }>;

const handle = createInteractionHandler({ dataset: getBundledDataset(), rateLimit: false, log: () => {} });

function ask(options: Record<string, string>) {
	const response = handle(command('figures', options)) as MessageResponse;
	expect(response.type).toBe(4);
	expect(limitViolations(response)).toEqual([]);
	const data = response.data ?? {};
	for (const number of HELP_NUMBERS) expect(data.content).toContain(number);
	return { data, description: data.embeds?.[0]?.description ?? '', title: data.embeds?.[0]?.title ?? '' };
}

describe('/figures with places, abbreviations and Welsh names (bundled data)', () => {
	it.each([
		[
			'Hants',
			'Hampshire and Isle of Wight Constabulary',
			'Hants (Hampshire) is policed by Hampshire and Isle of Wight Constabulary.',
		],
		['Reading', 'Thames Valley Police', 'Reading is policed by Thames Valley Police.'],
		['Caerdydd', 'South Wales Police', 'Caerdydd (Cardiff) is policed by South Wales Police.'],
		[
			'Derry',
			'Police Service of Northern Ireland',
			'Derry (Derry City and Strabane) is policed by Police Service of Northern Ireland.',
		],
		['Derbyshre', 'Derbyshire Constabulary', 'Showing Derbyshire Constabulary (spelling corrected).'],
	])('%s answers for %s and says why', (area, force, note) => {
		const { title, description } = ask({ area });
		expect(title.startsWith(force)).toBe(true);
		expect(description.split('\n')[0]).toBe(note);
	});

	it('London answers with the choices as a list, not a guess', () => {
		const { data } = ask({ area: 'London' });
		expect(data.content).toContain('London is policed by more than one force');
		expect(data.content).toContain('- Metropolitan Police');
		expect(data.content).toContain('- City of London');
	});
});
