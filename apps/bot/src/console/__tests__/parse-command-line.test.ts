import {
	ApplicationCommandOptionType,
	InteractionType,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../parse-command-line.js';
import { tokenizeCommandLine } from '../tokenize-command-line.js';

const definitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
	{
		name: 'figures',
		description: 'Figures for an area',
		options: [
			{ name: 'area', description: 'Area', type: ApplicationCommandOptionType.String, required: true },
			{ name: 'year', description: 'Year', type: ApplicationCommandOptionType.String },
			{ name: 'private', description: 'Only you see it', type: ApplicationCommandOptionType.Boolean },
			{ name: 'limit', description: 'How many', type: ApplicationCommandOptionType.Integer },
		],
	},
	{ name: 'support', description: 'Help lines' },
];

function parsed(line: string) {
	const result = parseCommandLine(line, definitions);
	if (!result.ok) throw new Error(result.error);
	return result.interaction;
}

function refusal(line: string): string {
	const result = parseCommandLine(line, definitions);
	if (result.ok) throw new Error('expected a refusal');
	return result.error;
}

describe('tokenizeCommandLine', () => {
	it('keeps quoted spaces and drops the quotes', () => {
		expect(tokenizeCommandLine(`/figures area:"Thames Valley" year:'2016/17'`)).toEqual([
			'/figures',
			'area:Thames Valley',
			'year:2016/17',
		]);
		expect(tokenizeCommandLine('  a   "b \\" c"  ')).toEqual(['a', 'b " c']);
		expect(tokenizeCommandLine('x:""')).toEqual(['x:']);
	});

	it('refuses an unclosed quote', () => {
		expect(() => tokenizeCommandLine('/figures area:"Thames')).toThrow(/not closed/);
	});
});

describe('parseCommandLine', () => {
	it('builds a chat input interaction as Discord sends it, typed from the definitions', () => {
		const interaction = parsed('/figures area:"Thames Valley" year:2016/17 private:true limit:3');
		expect(interaction.type).toBe(InteractionType.ApplicationCommand);
		expect(interaction.data.name).toBe('figures');
		expect(interaction.data.type).toBe(1);
		expect(interaction.data.options).toEqual([
			{ name: 'area', type: ApplicationCommandOptionType.String, value: 'Thames Valley' },
			{ name: 'year', type: ApplicationCommandOptionType.String, value: '2016/17' },
			{ name: 'private', type: ApplicationCommandOptionType.Boolean, value: true },
			{ name: 'limit', type: ApplicationCommandOptionType.Integer, value: 3 },
		]);
		expect(interaction.member?.user.id).toMatch(/^\d{17,20}$/);
		expect(interaction.id).toMatch(/^\d{17,20}$/);
		expect(interaction.version).toBe(1);
	});

	it('accepts a command without options and is case-insensitive about names', () => {
		expect(parsed('/SUPPORT').data.name).toBe('support');
		expect(parsed('/support').data.options).toBeUndefined();
		expect(parsed('/figures Area:Kent').data.options).toEqual([{ name: 'area', type: 3, value: 'Kent' }]);
	});

	it('refuses lines it cannot read, naming the problem without echoing values', () => {
		expect(refusal('')).toMatch(/Type a slash command/);
		expect(refusal('figures area:Kent')).toMatch(/starts with a slash/);
		expect(refusal('/nonsense-secret-words')).toMatch(/no command of that name.*\/figures, \/support/);
		expect(refusal('/nonsense-secret-words')).not.toContain('nonsense-secret-words');
		expect(refusal('/figures area:Kent colour:red')).toMatch(/has no option of that name. Its options: area, year/);
		expect(refusal('/figures Kent')).toMatch(/name:value/);
		expect(refusal('/figures year:2016/17')).toMatch(/needs area:/);
		expect(refusal('/figures area:Kent area:Essex')).toMatch(/given twice/);
		expect(refusal('/figures area:Kent private:maybe')).toMatch(/true or false/);
		expect(refusal('/figures area:Kent limit:2.5')).toMatch(/whole number/);
		expect(refusal('/figures area:')).toMatch(/area needs a value/);
		expect(refusal('/figures area:"Kent')).toMatch(/quote is not closed/);
	});
});
