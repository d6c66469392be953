import { getBundledDataset } from '@signpost-uk/domain';
import { fixtureDataset } from '@signpost-uk/domain/testing';
import type { APIInteraction } from 'discord-api-types/v10';
import { bench, describe } from 'vitest';
import { autocomplete, command } from '../../__tests__/support/interactions.js';
import { crowdedDataset } from '../__tests__/support/crowded-dataset.js';
import { createInteractionHandler } from '../create-interaction-handler.js';

const bundled = createInteractionHandler({ dataset: getBundledDataset(), rateLimit: false });
const fixture = createInteractionHandler({ dataset: fixtureDataset(), rateLimit: false });
const crowded = createInteractionHandler({ dataset: crowdedDataset(400), rateLimit: false });
const limited = createInteractionHandler({ dataset: getBundledDataset() });

const commands: [string, APIInteraction][] = [
	['/figures area:Derbyshire year:2016/17', command('figures', { area: 'Derbyshire', year: '2016/17' })],
	['/figures area:Derbyshir (typo)', command('figures', { area: 'Derbyshir' })],
	['/figures area:Zzzz (unknown)', command('figures', { area: 'Zzzz' })],
	['/compare area:Derbyshire with:Staffordshire', command('compare', { area: 'Derbyshire', with: 'Staffordshire' })],
	['/trend area:Derbyshire', command('trend', { area: 'Derbyshire' })],
	['/national', command('national')],
	['/support', command('support')],
	['/sources', command('sources')],
	['/about', command('about')],
];

describe('core: commands on the bundled dataset', () => {
	for (const [name, interaction] of commands) bench(name, () => void bundled(interaction));
});

describe('core: autocomplete on the bundled dataset', () => {
	const cases: [string, APIInteraction][] = [
		['area, nothing typed', autocomplete('figures', 'area', '')],
		['area "derb"', autocomplete('figures', 'area', 'derb')],
		['area "nottinghamshre" (typo)', autocomplete('figures', 'area', 'nottinghamshre')],
		['year after area', autocomplete('figures', 'year', '', { area: 'Derbyshire' })],
		['year, no area', autocomplete('figures', 'year', '20')],
		['national year', autocomplete('national', 'year', '')],
	];
	for (const [name, interaction] of cases) bench(name, () => void bundled(interaction));
});

describe('core: limits and overheads', () => {
	bench('/figures on the fixture', () => void fixture(command('figures', { area: 'Derbyshire', year: '2016/17' })));
	bench('/figures with 400 figures (cut to the limits)', () => void crowded(command('figures', { area: 'Kent' })));
	bench('/support with the default rate limiter', () => void limited(command('support', {}, '42')));
	bench('garbled payload', () => void bundled({ type: 2, data: 7 } as unknown as APIInteraction));
});
