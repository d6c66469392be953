// Property tests: no phrase of the table, nor any phrase built from the reader's words with noise, ever yields
// figures, and no query or renderer output ever holds the distinctive words typed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../answer/answer.js';
import { getBundledDataset } from '../../dataset/bundled-dataset.js';
import { compareAreas } from '../../query/compare-areas.js';
import { getFigures } from '../../query/get-figures.js';
import { getNational } from '../../query/get-national.js';
import { getSeries } from '../../query/get-series.js';
import { renderMarkdown, renderText } from '../../render/render-answer.js';
import { fixtureDataset, missingHelpNumbers, PERSON_PHRASES } from '../../testing.js';
import { readFreeText } from '../read-free-text.js';

const RUNS = { numRuns: 200 };
const datasets = [fixtureDataset(), getBundledDataset()];

/** Noise people type: capitals, repeated letters, no punctuation or too much, spaces, emoji, text-speak. */
function noisy(text: string, noise: { upper: boolean; repeat: number; end: string; start: string }): string {
	const cased = noise.upper ? text.toUpperCase() : text;
	const repeated = cased.replace(/([a-z])(?=\W*$)/i, (letter) => letter.repeat(1 + noise.repeat));
	return `${noise.start}${repeated}${noise.end}`;
}

const noise = fc.record({
	upper: fc.boolean(),
	repeat: fc.nat({ max: 4 }),
	end: fc.constantFrom('', '!!!', '...', '?', ' pls', ' 😢', '  ', ' x'),
	start: fc.constantFrom('', ' ', 'pls ', 'please ', 'HELP ', 'um '),
});

const phrase = fc.constantFrom(...PERSON_PHRASES.map((p) => p.text));

function queries(dataset: ReturnType<typeof fixtureDataset>, text: string): Answer[] {
	return [
		getFigures(dataset, { area: text }),
		getFigures(dataset, { area: 'Derbyshire', measure: text }),
		getFigures(dataset, { area: 'Derbyshire', year: text }),
		getSeries(dataset, { area: text }),
		getSeries(dataset, { area: 'Derbyshire', from: text }),
		compareAreas(dataset, { areas: ['Derbyshire', text] }),
		getNational(dataset, { year: text }),
		getNational(dataset, { measure: text }),
	];
}

describe('no phrase a person types ever yields figures', () => {
	it('a phrase of the table, with noise, is help first in every input of every query', () => {
		fc.assert(
			fc.property(phrase, noise, fc.constantFrom(...datasets), (text, n, dataset) => {
				const typed = noisy(text, n);
				expect(readFreeText(typed).kind).toBe('person');
				for (const answer of queries(dataset, typed)) {
					expect(answer.status).toBe('help-first');
					expect(missingHelpNumbers(renderText(answer))).toEqual([]);
				}
			}),
			RUNS,
		);
	});

	it('a phrase of the table inside other words (before or after a place name) is still help first', () => {
		fc.assert(
			fc.property(
				phrase,
				fc.constantFrom('Kent', 'Derbyshire', 'in Reading', 'at home', 'my school'),
				(text, around) => {
					for (const typed of [`${around} ${text}`, `${text} ${around}`])
						expect(getFigures(fixtureDataset(), { area: typed }).status).toBe('help-first');
				},
			),
			RUNS,
		);
	});
});

describe('no output holds the words typed', () => {
	// Distinctive words a person might add, which no sentence of Signpost's holds.
	const distinctive = fc.constantFrom('zorblax', 'mrs quimbleton', 'flat 9b', 'kwizzle street', 'tyrone');

	it('no query answer nor rendering of it holds what was typed with a phrase of the table', () => {
		fc.assert(
			fc.property(phrase, distinctive, fc.boolean(), (text, name, before) => {
				const typed = before ? `${name} ${text}` : `${text} ${name}`;
				for (const answer of queries(fixtureDataset(), typed)) {
					for (const out of [JSON.stringify(answer), renderText(answer), renderMarkdown(answer)])
						expect(out.toLowerCase()).not.toContain(name);
				}
			}),
			RUNS,
		);
	});
});
