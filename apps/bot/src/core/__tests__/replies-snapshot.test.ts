import { getBundledDataset, getCoverage } from '@signpost-uk/domain';
import { bannedWordsIn, fixtureDataset, HELP_NUMBERS } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import { autocomplete, command } from '../../__tests__/support/interactions.js';
import { commandExamples } from '../../commands/examples.js';
import { EPHEMERAL } from '../../util/constants.js';
import { limitViolations } from '../../util/limit-violations.js';
import { createInteractionHandler, type LogEntry } from '../create-interaction-handler.js';

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

/** One line per reply: how it ended, who sees it, its title or first line, its buttons, and every help line present. */
function summary(
	line: string,
	response: ReturnType<ReturnType<typeof createInteractionHandler>>,
	log: LogEntry | undefined,
): string {
	const data = (response as { data?: MessageData }).data ?? {};
	const embed = data.embeds?.[0];
	const heading = embed?.title ?? (data.content ?? '').split('\n')[0] ?? '';
	const buttons = (data.components ?? []).flatMap((row) => row.components.map((button) => button.label ?? '?'));
	const footers = (data.embeds ?? []).map((e) => e.footer?.text ?? '');
	const help = [data.content ?? '', ...footers].every((text) => HELP_NUMBERS.every((n) => text.includes(n)));
	const seen = data.flags === EPHEMERAL ? 'private' : 'public';
	return `${line} → ${log?.outcome} ${seen} · ${heading} · [${buttons.join(', ')}] · help ${help ? 'everywhere' : 'MISSING'}`;
}

interface MessageData {
	readonly content?: string;
	readonly flags?: number;
	readonly embeds?: readonly { readonly title?: string; readonly footer?: { readonly text: string } }[];
	readonly components?: readonly { readonly components: readonly { readonly label?: string }[] }[];
}

describe('replies to the documented examples, on the fixture dataset', () => {
	const logs: LogEntry[] = [];
	const handle = createInteractionHandler({ dataset: fixtureDataset(), rateLimit: false, log: (e) => logs.push(e) });

	it('each answers within limits, as summarised', () => {
		const lines = Object.values(commandExamples)
			.flat()
			.map((line) => {
				const { name, options } = parseExample(line);
				const response = handle(command(name, options));
				expect(limitViolations(response)).toEqual([]);
				return summary(line, response, logs.at(-1));
			});
		expect(lines.join('\n')).toMatchInlineSnapshot(`
			"/figures area:Derbyshire year:2016/17 → ok public · Derbyshire Constabulary, 2016/17 · [Sources, Caveats, Trend, ◀ Previous year (2015/16), Next year (2017/18) ▶] · help everywhere
			/figures area:Staffordshire → ok public · Staffordshire Police, 2016/17 · [Sources, Caveats, What the sources say, Trend, ◀ Previous year (2015/16)] · help everywhere
			/figures area:Kent private:true → not-found private · Signpost holds no published figure for Kent Police. · [] · help everywhere
			/figures area:Derbyshire measure:online-element → ok public · Derbyshire Constabulary, 2016/17 · [Sources, Caveats, Trend] · help everywhere
			/compare area:Derbyshire with:Staffordshire year:2016/17 → ok public · Child sexual offences recorded, 2016/17 · [Sources, Caveats, ◀ Previous year (2015/16)] · help everywhere
			/compare area:Cambridgeshire with:Derbyshire → ok public · Child sexual offences recorded, 2016/17 · [Sources, Caveats, ◀ Previous year (2015/16)] · help everywhere
			/compare area:Wales with:Dyfed-Powys measure:sexual-communication-with-a-child → not-found private · Signpost holds no published figure for these areas. · [] · help everywhere
			/trend area:UK → ok public · United Kingdom: Child sexual offences recorded · [Sources, Caveats, What the sources say, Figures for 2019/20] · help everywhere
			/trend area:Derbyshire → ok public · Derbyshire Constabulary: Child sexual offences recorded · [Sources, Caveats, Figures for 2016/17] · help everywhere
			/trend area:UK measure:child-sexual-offences → ok public · United Kingdom: Child sexual offences recorded · [Sources, Caveats, What the sources say, Figures for 2019/20] · help everywhere
			/national year:2016/17 → ok public · National figures, 2016/17 · [Sources, Caveats, What the sources say, Trend, Next year (2019/20) ▶] · help everywhere
			/national measure:sexual-communication-with-a-child → not-found private · Signpost holds no published national figure. · [] · help everywhere
			/national → ok public · National figures, 2019/20 · [Sources, Caveats, What the sources say, Trend, ◀ Previous year (2016/17)] · help everywhere
			/sources area:Kent → ok public · Sources: Kent Police · [] · help everywhere
			/sources → ok public · Sources · [] · help everywhere
			/support → ok private · If you are worried about a child, or you are a young person who needs to talk, these services can help. You do not need to be sure something is wrong to call; Childline and the NSPCC Helpline are free. · [] · help everywhere
			/support private:false → ok public · If you are worried about a child, or you are a young person who needs to talk, these services can help. You do not need to be sure something is wrong to call; Childline and the NSPCC Helpline are free. · [] · help everywhere
			/help → ok private · Signpost's commands · [] · help everywhere
			/about → ok public · About Signpost · [] · help everywhere"
		`);
	});

	it('autocomplete for year after area offers the years held for it, latest first', () => {
		const response = handle(autocomplete('figures', 'year', '', { area: 'Derbyshire' }));
		expect(response).toMatchInlineSnapshot(`
			{
			  "data": {
			    "choices": [
			      {
			        "name": "2022/23",
			        "value": "2022/23",
			      },
			      {
			        "name": "2017/18",
			        "value": "2017/18",
			      },
			      {
			        "name": "2016/17",
			        "value": "2016/17",
			      },
			      {
			        "name": "2015/16",
			        "value": "2015/16",
			      },
			    ],
			  },
			  "type": 8,
			}
		`);
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
			// Neutral language: none of the sources' sensational words in Signpost's own sentences.
			expect([line, bannedWordsIn(text)]).toEqual([line, []]);
		}
	});

	it('gives Derbyshire 2016/17 as 1,066 (the bundled data holds it, beside a conflicting count)', () => {
		const held = getCoverage(dataset).forces.find((f) => f.area.id === 'derbyshire');
		expect(held?.years.map((y) => y.year)).toContain('2016/17');
		const response = handle(command('figures', { area: 'Derbyshire', year: '2016/17' }));
		const text = JSON.stringify(response);
		expect(text).toContain('Derbyshire Constabulary, 2016/17');
		expect(text).toContain('1,066');
	});

	it('offers only years the data holds for an area', () => {
		const response = handle(autocomplete('figures', 'year', '', { area: 'Derbyshire' })) as {
			data: { choices: { value: string }[] };
		};
		const held =
			getCoverage(dataset)
				.forces.find((f) => f.area.id === 'derbyshire')
				?.years.map((y) => y.year) ?? [];
		const offered = response.data.choices.map((choice) => choice.value);
		expect(offered.length).toBeGreaterThan(1);
		// A span of years ("2017/18-2022/23") is offered as its end year.
		expect(new Set(offered)).toEqual(new Set(held.map((year) => year.split('-').at(-1))));
	});
});
