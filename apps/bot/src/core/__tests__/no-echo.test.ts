// Never repeat typed words (issue 23): every reply path, public or private, given distinctive typed text, and the
// near spellings the domain corrects to a place ("Derbyshre" → Derbyshire, "hurt" → Hart), which used to be quoted
// back in public answers ("Showing … for 'hurt' (read as Hart)").
import { getBundledDataset } from '@signpost-uk/domain';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { autocomplete, command } from '../../__tests__/support/interactions.js';
import { commandDefinitions } from '../../commands/definitions.js';
import { renderResponse } from '../../console/render-response.js';
import { followUpFrom } from '../../util/respond.js';
import { createInteractionHandler, type LogEntry } from '../create-interaction-handler.js';

const dataset = getBundledDataset();

/** Near spellings the domain corrects to one area, and typed words that are not places at all. */
const CORRECTED = ['Derbyshre', 'Nortumbria', 'Readng', 'Staffordshrie', 'Lancashrie'];
const TYPED = ['Zebrakite sings loudly', 'plinth wobble', 'Quorvatine'];

/** Each command's string options, as registered. */
const STRING_OPTIONS = commandDefinitions.flatMap((definition) =>
	(definition.options ?? []).filter((option) => option.type === 3).map((option) => [definition.name, option.name]),
) as [string, string][];

/** Every word of what was typed, four letters or more, that a reply must not contain (any case). */
function echoes(reply: unknown, typed: string): string[] {
	const text = JSON.stringify(reply).toLowerCase();
	return typed
		.toLowerCase()
		.split(/\s+/)
		.filter((word) => word.length >= 4 && text.includes(word));
}

describe('no reply repeats what was typed', () => {
	it('a corrected spelling is confirmed by the registry name only, in a public answer', () => {
		const handle = createInteractionHandler({ dataset, rateLimit: false });
		const response = handle(command('figures', { area: 'Derbyshre' })) as Extract<APIInteractionResponse, { type: 4 }>;
		expect(response.data?.flags).toBeUndefined();
		expect(response.data?.embeds?.[0]?.description).toContain('Showing Derbyshire Constabulary (spelling corrected).');
		expect(echoes(response, 'Derbyshre')).toEqual([]);
		const readng = handle(command('figures', { area: 'Readng' }));
		expect(JSON.stringify(readng)).toContain('Showing Thames Valley Police for Reading (spelling corrected).');
	});

	it.each(STRING_OPTIONS)('/%s %s: no reply, follow-up or console text repeats a typed word', (name, option) => {
		const handle = createInteractionHandler({ dataset, rateLimit: false });
		const base: Record<string, Record<string, string>> = {
			figures: { area: 'Derbyshire' },
			compare: { area: 'Derbyshire', with: 'Staffordshire' },
			trend: { area: 'Derbyshire' },
		};
		for (const typed of [...CORRECTED, ...TYPED]) {
			const response = handle(command(name, { ...base[name], [option]: typed }));
			expect(echoes(response, typed), `${typed} in /${name} ${option}`).toEqual([]);
			expect(echoes(followUpFrom(response), typed)).toEqual([]);
			expect(echoes(renderResponse(response), typed)).toEqual([]);
		}
	});

	it.each(STRING_OPTIONS)('/%s %s: autocomplete choices never repeat a typed word', (name, option) => {
		const handle = createInteractionHandler({ dataset, rateLimit: false });
		for (const typed of [...CORRECTED, ...TYPED])
			expect(echoes(handle(autocomplete(name, option, typed)), typed), typed).toEqual([]);
	});

	it('the rate-limited, unknown-command and missing-option replies repeat nothing typed', () => {
		const handle = createInteractionHandler({ dataset, rateLimit: { perUser: 1, windowMs: 60_000 } });
		const typed = 'Zebrakite Derbyshre';
		handle(command('figures', { area: 'Derbyshire' }, '7'));
		expect(echoes(handle(command('figures', { area: typed }, '7')), typed)).toEqual([]);
		expect(echoes(handle(command('zebrakite', { area: typed }, '8')), typed)).toEqual([]);
		expect(echoes(handle(command('compare', { area: typed }, '9')), typed)).toEqual([]);
	});

	it('the log of a corrected or unknown name holds no typed word', () => {
		const logs: LogEntry[] = [];
		const handle = createInteractionHandler({ dataset, rateLimit: false, log: (entry) => logs.push(entry) });
		for (const typed of [...CORRECTED, ...TYPED]) {
			handle(command('figures', { area: typed }));
			handle(autocomplete('figures', 'area', typed));
		}
		for (const typed of [...CORRECTED, ...TYPED]) expect(echoes(logs, typed)).toEqual([]);
	});
});
