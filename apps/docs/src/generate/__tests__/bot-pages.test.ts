import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHILDLINE_PHONE, NSPCC_HELPLINE_PHONE } from '@signpost-uk/domain';
import { describe, expect, it } from 'vitest';
import { botPages } from '../bot-pages.js';
import { SITE_PATHS } from '../site-paths.js';

const definitionsFile = fileURLToPath(new URL('../../../../bot/src/commands/definitions.ts', import.meta.url));

describe('botPages', () => {
	it('writes the bot command page, with the help lines, whether or not the bot is there', async () => {
		const page = (await botPages()).get(SITE_PATHS.botCommands.file) ?? '';
		expect(page).toContain('# Bot commands');
		expect(page).toContain(CHILDLINE_PHONE);
		expect(page).toContain(NSPCC_HELPLINE_PHONE);
	});

	it.skipIf(!existsSync(definitionsFile))(
		"lists every command in the bot's definitions, and every example reply carries the help lines",
		async () => {
			const { commandDefinitions } = (await import(definitionsFile)) as {
				commandDefinitions: readonly { name: string }[];
			};
			const page = (await botPages()).get(SITE_PATHS.botCommands.file) ?? '';
			for (const command of commandDefinitions) expect(page).toContain(`## /${command.name}`);
			const replies = [...page.matchAll(/```+text\n([\s\S]*?)\n```+/g)].map((m) => m[1] ?? '');
			for (const reply of replies) {
				expect(reply).toContain(CHILDLINE_PHONE);
				expect(reply).toContain(NSPCC_HELPLINE_PHONE);
			}
			// The buttons under a reply, the install options and the Welsh names are on the page.
			expect(page).toContain('[ Sources ]');
			expect(page).toContain('Share publicly');
			expect(page).toContain('installed to your own account');
			expect(page).toContain('## Cymraeg: the commands in Welsh');
			expect(page).toContain('`/ffigurau`');
		},
	);
});
