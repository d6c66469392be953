import { commandDefinitions, welshCommands } from '@signpost-uk/bot/commands';
import { CHILDLINE_PHONE, EMERGENCY_PHONE, NSPCC_HELPLINE_PHONE } from '@signpost-uk/domain';
import { describe, expect, it } from 'vitest';
import { botPages } from '../bot-pages.js';
import { SITE_PATHS } from '../site-paths.js';

describe('botPages', () => {
	const page = botPages().get(SITE_PATHS.botCommands.file) ?? '';

	it("lists every command in the bot's definitions, with the help lines", () => {
		expect(page).toContain('# Bot commands');
		for (const command of commandDefinitions) expect(page).toContain(`## /${command.name}`);
		expect(page).toContain(CHILDLINE_PHONE);
		expect(page).toContain(NSPCC_HELPLINE_PHONE);
	});

	it("shows the bot's own reply to every example, each carrying the help lines", () => {
		const replies = [...page.matchAll(/```+text\n([\s\S]*?)\n```+/g)].map((m) => m[1] ?? '');
		expect(replies.length).toBeGreaterThanOrEqual(commandDefinitions.length);
		for (const reply of replies) {
			expect(reply).toContain(CHILDLINE_PHONE);
			expect(reply).toContain(NSPCC_HELPLINE_PHONE);
			expect(reply).toContain(EMERGENCY_PHONE);
		}
		// The buttons under a reply and the install options are on the page.
		expect(page).toContain('[ Sources ]');
		expect(page).toContain('Share publicly');
		expect(page).toContain('installed to your own account');
	});

	it('links replies to the site by path when no base address is set, and to the base address when one is', () => {
		expect(page).not.toContain('example.org');
		expect(page).toMatch(/\]\(\/data\/areas\/[a-z-]+\)/);
		const based = botPages('https://docs.signpost.test').get(SITE_PATHS.botCommands.file) ?? '';
		expect(based).toContain('https://docs.signpost.test/data/areas/');
	});

	it('gives the Welsh name of every command', () => {
		expect(page).toContain('## Cymraeg: the commands in Welsh');
		for (const cy of Object.values(welshCommands)) expect(page).toContain(`\`/${cy.name}\``);
	});
});
