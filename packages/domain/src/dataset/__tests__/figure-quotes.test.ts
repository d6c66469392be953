import { describe, expect, it } from 'vitest';
import { quoteValueProblems, sourceTextProblems } from '../../__tests__/support/data-checks.js';
import { sourcesDir } from '../../__tests__/support/sources-dir.js';
import { fixtureDataset, fixtureInput } from '../../testing.js';
import { getBundledDataset } from '../bundled-dataset.js';
import { createDataset } from '../create-dataset.js';

const fixture = fixtureDataset();

const data = getBundledDataset();
const dir = sourcesDir();

function withFirstQuote(quote: string) {
	const [first, ...rest] = fixtureInput.figures;
	if (!first) throw new Error('empty fixture');
	return createDataset({
		...fixtureInput,
		figures: [{ ...first, sources: [{ ...first.sources[0], quote }] }, ...rest],
	});
}

describe('every figure’s quote states its value', () => {
	it('in digits (with or without thousands separators) or words', () => {
		expect(quoteValueProblems(data)).toEqual([]);
	});

	it('the check catches a quote without the value', () => {
		expect(quoteValueProblems(fixture)).toEqual([]);
		expect(quoteValueProblems(withFirstQuote('In Derbyshire, the number of offences increased last year'))).toEqual([
			expect.stringContaining('derbyshire-2016-17-total (1066 count)'),
		]);
	});
});

describe('quotes are word for word in the source texts', () => {
	const where = dir ?? 'NOT FOUND: skipped (set SIGNPOST_SOURCES_DIR to the shared sources folder)';

	it.skipIf(dir === null)(`every figure and claim quote is in its source’s file (${where})`, () => {
		expect(sourceTextProblems(data, dir ?? '')).toEqual([]);
	});

	it.skipIf(dir === null)(`the check finds the fixture’s quotes and catches an altered one (${where})`, () => {
		expect(sourceTextProblems(fixture, dir ?? '')).toEqual([]);
		const altered = withFirstQuote('In Derbyshire, the number of offences rose to 1,066 last year');
		expect(sourceTextProblems(altered, dir ?? '')).toEqual([
			expect.stringContaining('figure derbyshire-2016-17-total cites belper-news-derbyshire'),
		]);
	});
});
