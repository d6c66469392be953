import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { getFigures } from '../../query/get-figures.js';
import { getSeries } from '../../query/get-series.js';
import { resolveArea } from '../../query/resolve-area.js';
import { rowsByAnswer } from '../../testing/rows-by-answer.js';
import { findMeasure, searchMeasures } from '../search-measures.js';

const dataset = getBundledDataset();

describe('measures by the words people use', () => {
	it.each(
		rowsByAnswer({
			'sexual-communication-with-a-child': [
				'grooming',
				'Grooming',
				'sexual communication',
				'SCWC',
				'Sexual Communication with a Child offences recorded',
				'groming',
			],
			'online-element': ['online', 'cyber'],
			'child-sexual-offences': ['total', 'Offences recorded', 'child-sexual-offences'],
			'outcomes-recorded': ['outcomes'],
			'charged-or-summonsed': ['charged'],
			'communicating-indecently-with-a-child': ['communicating indecently'],
		}),
	)('"%s" is %s', (text, id) => {
		expect(findMeasure(dataset, text)?.id).toBe(id);
	});

	it('does not decide between measures on a prefix', () => {
		expect(findMeasure(dataset, 'Speak Out Stay Safe')).toBeUndefined();
		expect(findMeasure(dataset, 'o')).toBeUndefined();
	});

	it('offers Sexual Communication with a Child first for "grooming"', () => {
		expect(searchMeasures(dataset, 'grooming')[0]?.measure.id).toBe('sexual-communication-with-a-child');
		expect(searchMeasures(dataset, 'groo')[0]?.measure.id).toBe('sexual-communication-with-a-child');
	});

	it('accepts every name it offers when typed back', () => {
		for (const measure of dataset.measures) {
			for (const offered of [measure.id, measure.name, measure.shortName, ...measure.aliases])
				expect(findMeasure(dataset, offered)?.id, offered).toBe(measure.id);
		}
		const unknown = getFigures(dataset, { area: 'Derbyshire', measure: 'Typedmeasure' });
		expect(unknown.status === 'not-found' && unknown.reason).toBe('unknown-measure');
		if (unknown.status === 'not-found')
			for (const s of unknown.suggestions) expect(findMeasure(dataset, s.name)?.id, s.name).toBe(s.id);
	});

	/** A nation policed by one force resolves to the force when its name is typed back. */
	const NATION_FORCES: Readonly<Record<string, string>> = { scotland: 'police-scotland', 'northern-ireland': 'psni' };

	it('accepts every area choice or suggestion it offers when typed back', () => {
		for (const text of ['London', 'Yorkshire', 'Newport', 'Bangor', 'Richmond', 'Dery', 'Herefordshir', 'Atlantis']) {
			const resolution = resolveArea(dataset, text);
			const suggestions = resolution.status === 'not-found' ? resolution.suggestions : [];
			for (const s of suggestions) {
				const again = resolveArea(dataset, s.name);
				expect(again.status === 'found' ? again.area.id : again.status, s.name).toBe(NATION_FORCES[s.id] ?? s.id);
			}
		}
	});

	it('answers a figures question in the words people use', () => {
		const answer = getFigures(dataset, { area: 'Wales', measure: 'grooming' });
		expect(answer.status === 'found' && answer.data.figures[0]?.measure.id).toBe('sexual-communication-with-a-child');
	});

	it('says what Scotland records where a measure does not exist there', () => {
		const answer = getFigures(dataset, { area: 'Scotland', measure: 'grooming' });
		expect(answer.status === 'not-found' && answer.message).toContain(
			'Scotland records Communicating Indecently with a Child instead',
		);
		const series = getSeries(dataset, { area: 'Police Scotland', measure: 'SCWC' });
		expect(series.status === 'not-found' && series.message).toContain(
			'Scotland records Communicating Indecently with a Child instead',
		);
		const english = getFigures(dataset, { area: 'Kent', measure: 'grooming' });
		expect(english.status === 'not-found' && english.message).not.toContain('instead');
	});
});
