import { CHILDLINE_PHONE, NSPCC_HELPLINE_PHONE } from '@signpost-uk/domain';
import { describe, expect, it } from 'vitest';
import { botCommandsPage } from '../bot-commands-page.js';

const definitions = [
	{
		name: 'figures',
		description: 'Figures held for an area and year',
		options: [
			{ type: 3, name: 'area', description: 'A police force or nation', required: true, autocomplete: true },
			{ type: 5, name: 'private', description: 'Only you see the reply' },
		],
	},
	{ name: 'about', description: 'What the bot is' },
];

describe('botCommandsPage', () => {
	const page = botCommandsPage(
		definitions,
		new Map([['figures', [{ line: '/figures area:Derbyshire', reply: 'Offences: 1,066\n```\nChildline 0800 1111' }]]]),
		'Generated for a test.',
	);

	it('lists every command with its options, types and whether they are required', () => {
		expect(page).toContain('## /figures');
		expect(page).toContain('| `area` | text, with suggestions as you type | yes | A police force or nation |');
		expect(page).toContain('| `private` | true or false | no | Only you see the reply |');
		expect(page).toContain('## /about');
		expect(page).toContain('No options.');
	});

	it('shows each example reply in a fence longer than any backticks inside it', () => {
		expect(page).toContain('### Example: `/figures area:Derbyshire`');
		expect(page).toContain('````text\nOffences: 1,066\n```\nChildline 0800 1111\n````');
	});

	it('ends with the help lines', () => {
		expect(page).toContain(CHILDLINE_PHONE);
		expect(page).toContain(NSPCC_HELPLINE_PHONE);
	});
});

describe('botCommandsPage without replies', () => {
	it('shows an example command line with no reply when the reply was not generated', () => {
		const page = botCommandsPage(definitions, new Map([['about', [{ line: '/about', reply: null }]]]), 'Test.');
		expect(page).toContain('### Example: `/about`');
		expect(page).not.toContain('```text');
	});
});
