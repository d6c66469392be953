import { getBundledDataset, getCoverage } from '@signpost-uk/domain';
import { fixtureDataset } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import { commandExamples } from '../../commands/examples.js';
import { limitViolations } from '../../util/limit-violations.js';
import { createInteractionHandler } from '../create-interaction-handler.js';
import { HELP_NUMBERS } from './support/help-numbers.js';
import { autocomplete, command } from './support/interactions.js';

/** Parses an example line such as `/figures area:Derbyshire year:2016/17` into a name and options. */
function parseExample(line: string): { name: string; options: Record<string, string | boolean> } {
	const [head, ...parts] = line.split(' ');
	const options: Record<string, string | boolean> = {};
	for (const part of parts) {
		const [key, value] = part.split(':') as [string, string];
		options[key] = value === 'true' ? true : value === 'false' ? false : value;
	}
	return { name: (head ?? '').slice(1), options };
}

describe('reply snapshots on the fixture dataset', () => {
	const handle = createInteractionHandler({ dataset: fixtureDataset(), rateLimit: false });
	const lines = Object.values(commandExamples).flat();
	for (const line of lines) {
		it(line, () => {
			const { name, options } = parseExample(line);
			const response = handle(command(name, options));
			expect(limitViolations(response)).toEqual([]);
			expect(response).toMatchSnapshot();
		});
	}

	it('autocomplete for year after area', () => {
		expect(handle(autocomplete('figures', 'year', '', { area: 'Derbyshire' }))).toMatchSnapshot();
	});
});

describe('the real bundled data', () => {
	const dataset = getBundledDataset();
	const handle = createInteractionHandler({ dataset, rateLimit: false });

	it('every example answers within limits with both help numbers', () => {
		for (const line of Object.values(commandExamples).flat()) {
			const { name, options } = parseExample(line);
			const response = handle(command(name, options));
			expect(limitViolations(response)).toEqual([]);
			const text = JSON.stringify(response);
			for (const number of HELP_NUMBERS) expect(text).toContain(number);
		}
	});

	it('gives Derbyshire 2016/17 as 1,066 once the data holds it', () => {
		const held = getCoverage(dataset).forces.find((f) => f.area.id === 'derbyshire');
		const has201617 = held?.years.some((y) => y.year === '2016/17') ?? false;
		const text = JSON.stringify(handle(command('figures', { area: 'Derbyshire', year: '2016/17' })));
		if (has201617) expect(text).toContain('1,066');
		else expect(text).toMatch(/No published figure|outside the figures held/);
	});

	it('offers only years the data holds for an area', () => {
		const response = handle(autocomplete('figures', 'year', '', { area: 'Derbyshire' })) as {
			data: { choices: { value: string }[] };
		};
		const held =
			getCoverage(dataset)
				.forces.find((f) => f.area.id === 'derbyshire')
				?.years.map((y) => y.year) ?? [];
		for (const choice of response.data.choices) expect(held).toContain(choice.value);
	});
});
