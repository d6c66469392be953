import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { type AreaResolution, resolveArea } from '../resolve-area.js';

const dataset = getBundledDataset();

/** What a resolution comes to for a reader: the area found, or the reason and the choices. */
const outcome = (r: AreaResolution) =>
	r.status === 'found' ? r.area.id : `${r.reason}: ${r.suggestions.map((s) => s.id).join(', ')}`;

// Discord users type in lower case; autocomplete sends ids, which are lower case too. "london" answered "no published
// figure for London" (the region's id) where "London" asked which force: the same word, two answers.
describe('case never changes what a name resolves to', () => {
	const names = dataset.areas.flatMap((a) => [a.id, a.name, a.shortName, ...a.aliases].map((n) => [a.id, n] as const));

	it.each(names)('%s: %s, in lower and upper case', (_id, name) => {
		const as = outcome(resolveArea(dataset, name));
		expect(outcome(resolveArea(dataset, name.toLowerCase()))).toBe(as);
		expect(outcome(resolveArea(dataset, name.toUpperCase()))).toBe(as);
	});

	it.each([
		['london', 'ambiguous-area: metropolitan, city-of-london'],
		['england', 'ambiguous-area: england-and-wales, uk'],
	])('%s, an id of an area with no figures of its own, asks which area as its name does', (typed, expected) => {
		expect(outcome(resolveArea(dataset, typed))).toBe(expected);
	});

	it('an id whose area holds figures still answers for that area', () => {
		expect(outcome(resolveArea(dataset, 'kent'))).toBe('kent');
		expect(outcome(resolveArea(dataset, 'north-east'))).toBe('north-east');
	});
});
