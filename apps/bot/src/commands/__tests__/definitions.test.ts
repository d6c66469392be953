import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, commandDefinitions } from '../definitions.js';
import { commandExamples } from '../examples.js';
import { validateDefinitions } from '../validate-definitions.js';
import {
	allCommandDefinitions,
	readCommandName,
	welshCommandDefinitions,
	welshCommandLine,
	welshCommands,
	withEnglishOptionNames,
} from '../welsh-commands.js';

const base = (overrides: Partial<RESTPostAPIChatInputApplicationCommandsJSONBody>) =>
	({ name: 'ok', description: 'A command', ...overrides }) as RESTPostAPIChatInputApplicationCommandsJSONBody;

describe('command definitions', () => {
	it('are installable to servers and user accounts and usable in servers, DMs and group DMs', () => {
		for (const definition of commandDefinitions) {
			expect(definition.integration_types, definition.name).toEqual([0, 1]);
			expect(definition.contexts, definition.name).toEqual([0, 1, 2]);
		}
	});

	it('give every command that answers a `private` option, and /compare, /national a `measure`, /sources an `area`', () => {
		for (const definition of commandDefinitions) {
			expect(
				(definition.options ?? []).map((o) => o.name),
				definition.name,
			).toContain('private');
		}
		const options = (name: string) => commandDefinitions.find((c) => c.name === name)?.options?.map((o) => o.name);
		expect(options('compare')).toContain('measure');
		expect(options('national')).toContain('measure');
		expect(options('sources')).toContain('area');
	});

	it('register each Welsh command as its own command, by Discord’s rules, named unlike any English one', () => {
		expect(welshCommandDefinitions).toHaveLength(commandDefinitions.length);
		for (const [i, welsh] of welshCommandDefinitions.entries()) {
			const english = commandDefinitions[i];
			expect(welsh.name).toBe(welshCommands[english?.name as keyof typeof welshCommands].name);
			expect(welsh.options?.map((o) => o.type)).toEqual(english?.options?.map((o) => o.type));
		}
		expect(validateDefinitions(welshCommandDefinitions)).toEqual([]);
		expect(validateDefinitions(allCommandDefinitions)).toEqual([]);
		const names = allCommandDefinitions.map((c) => c.name);
		expect(new Set(names).size).toBe(names.length);
	});

	it('read a Welsh command as its English twin in Welsh, and its options by their English names', () => {
		expect(readCommandName('ffigurau')).toEqual({ name: 'figures', locale: 'cy' });
		expect(readCommandName('gorchmynion')).toEqual({ name: 'help', locale: 'cy' });
		expect(readCommandName('help')).toEqual({ name: 'help', locale: 'en' });
		expect(readCommandName('zzz')).toBeUndefined();
		expect(withEnglishOptionNames('compare', { options: [{ name: 'ardal' }, { name: 'gyda' }, 7] })).toEqual({
			options: [{ name: 'area' }, { name: 'with' }, 7],
		});
		expect(welshCommandLine('compare', '/compare area:Derbyshire with:Staffordshire year:2016/17')).toBe(
			'/cymharu ardal:Derbyshire gyda:Staffordshire blwyddyn:2016/17',
		);
	});

	it('refuses a locale Discord does not know, such as Welsh (cy), since Discord refuses the whole registration', () => {
		const problems = validateDefinitions([
			base({ name_localizations: { cy: 'ffigurau' } as never, description_localizations: { fr: 'Bonjour' } }),
		]);
		expect(problems).toEqual(['/ok: "cy" is not a locale Discord knows']);
		expect(validateDefinitions([base({ name_localizations: { fr: 'Ok Ok' } })])).toEqual([
			'/ok (fr): name "Ok Ok" does not match Discord\'s name pattern',
			'/ok (fr): name "Ok Ok" must be lower case',
		]);
	});

	it('pass Discord rules', () => {
		expect(validateDefinitions(commandDefinitions)).toEqual([]);
	});

	it('name every command the core handles, in order', () => {
		expect(commandDefinitions.map((c) => c.name)).toEqual([...COMMAND_NAMES]);
	});

	it('have examples for every command that start with the command and use only declared options', () => {
		for (const definition of commandDefinitions) {
			const examples = commandExamples[definition.name as keyof typeof commandExamples];
			expect(examples?.length).toBeGreaterThan(0);
			const declared = new Set((definition.options ?? []).map((o) => o.name));
			for (const line of examples ?? []) {
				expect(line.startsWith(`/${definition.name}`)).toBe(true);
				for (const [, option] of line.matchAll(/\s([a-z]+):/g)) expect(declared.has(option as string)).toBe(true);
			}
		}
	});
});

describe('validateDefinitions', () => {
	it('reports each broken rule', () => {
		const long = 'x'.repeat(101);
		const problems = validateDefinitions([
			base({ name: 'Bad Name' }),
			base({ name: 'upper', description: '' }),
			base({ name: 'UPPER' }),
			base({ name: 'desc', description: long }),
			base({
				name: 'opts',
				options: Array.from({ length: 26 }, (_, i) => ({ type: 3, name: `o${i}`, description: 'd' })),
			}),
			base({
				name: 'order',
				options: [
					{ type: 3, name: 'a', description: 'd' },
					{ type: 3, name: 'b', description: 'd', required: true },
					{ type: 3, name: 'a', description: 'd' },
				],
			}),
			base({
				name: 'choices',
				options: [
					{
						type: 3,
						name: 'c',
						description: 'd',
						autocomplete: true,
						choices: Array.from({ length: 26 }, (_, i) => ({ name: `n${i}`, value: `v${i}` })),
					} as never,
				],
			}),
			base({
				name: 'huge',
				options: Array.from({ length: 25 }, (_, i) => ({
					type: 3,
					name: `o${i}`,
					description: 'd'.repeat(100),
					choices: Array.from({ length: 25 }, (_, j) => ({ name: 'n'.repeat(100), value: `v${j}` })),
				})),
			}),
			base({ name: 'ok' }),
			base({ name: 'ok' }),
		]);
		const expectations = [
			/\/Bad Name: name "Bad Name" does not match/,
			/\/upper: description must be 1 to 100/,
			/\/UPPER: name "UPPER" must be lower case/,
			/\/desc: description must be 1 to 100 characters \(it has 101\)/,
			/\/opts: 26 options/,
			/\/order b: a required option comes after an optional one/,
			/\/order a: option name used twice/,
			/\/choices c: 26 choices/,
			/\/choices c: has both autocomplete and choices/,
			/\/huge: \d+ characters in all \(at most 8000\)/,
			/\/ok: command name used twice/,
		];
		for (const pattern of expectations) expect(problems.some((p) => pattern.test(p))).toBe(true);
	});

	it('accepts names in other scripts and with hyphens', () => {
		expect(validateDefinitions([base({ name: 'año-2' }), base({ name: 'नमस्ते' })])).toEqual([]);
	});
});
