import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { getFigures } from '../get-figures.js';
import { resolveArea } from '../resolve-area.js';

const dataset = getBundledDataset();

function resolvedId(text: string): string | undefined {
	const resolution = resolveArea(dataset, text);
	return resolution.status === 'found' ? resolution.area.id : undefined;
}

describe('resolveArea for nations', () => {
	it('answers for a nation policed by one force with that force, which holds its figures', () => {
		expect(resolvedId('Scotland')).toBe('police-scotland');
		expect(resolvedId('scotland')).toBe('police-scotland');
		expect(resolvedId('Northern Ireland')).toBe('psni');
		const answer = getFigures(dataset, { area: 'Scotland' });
		expect(answer.status).toBe('found');
		if (answer.status === 'found') expect(answer.data.area.id).toBe('police-scotland');
	});

	it('keeps a nation with several forces, or with figures of its own, as the nation', () => {
		expect(resolvedId('Wales')).toBe('wales');
		// England holds no figures of its own and spans 39 forces: the choices, not a guess.
		const england = resolveArea(dataset, 'England');
		expect(england.status === 'not-found' && england.reason).toBe('ambiguous-area');
		const withOwnFigure = {
			...dataset,
			figures: [
				...dataset.figures,
				{ ...(dataset.figures[0] as (typeof dataset.figures)[number]), id: 'x', area: 'scotland' },
			],
		};
		const resolution = resolveArea(withOwnFigure, 'Scotland');
		expect(resolution.status === 'found' && resolution.area.id).toBe('scotland');
	});
});
