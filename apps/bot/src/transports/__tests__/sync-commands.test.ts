import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../commands/definitions.js';
import { commandsMatch, syncCommands } from '../sync-commands.js';
import { type FakeDiscord, startFakeDiscord } from './support/fake-discord.js';

let fake: FakeDiscord;
const TOKEN = 'test-token-value-for-the-fake-only';
const APP = '1100000000000000001';
const GUILD = '1100000000000000002';

beforeEach(async () => {
	fake = await startFakeDiscord();
});
afterEach(async () => {
	await fake.close();
});

describe('syncCommands against a local fake of Discord', () => {
	it('PUTs guild commands when none are registered, then sends nothing on the next run', async () => {
		const options = {
			token: TOKEN,
			applicationId: APP,
			guildId: GUILD,
			definitions: commandDefinitions,
			baseUrl: `${fake.url}/api/v10`,
		};
		expect(await syncCommands(options)).toEqual({ scope: 'guild', changed: true, count: commandDefinitions.length });
		expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			`GET /api/v10/applications/${APP}/guilds/${GUILD}/commands`,
			`PUT /api/v10/applications/${APP}/guilds/${GUILD}/commands`,
		]);
		expect(fake.requests[1]?.authorization).toBe(`Bot ${TOKEN}`);
		expect(fake.requests[1]?.body).toEqual(JSON.parse(JSON.stringify(commandDefinitions)));

		const again = await syncCommands(options);
		expect(again.changed).toBe(false);
		expect(fake.requests.map((request) => request.method)).toEqual(['GET', 'PUT', 'GET']);
	});

	it('registers global commands without a guild id, and PUTs again when a description changed', async () => {
		const options = {
			token: TOKEN,
			applicationId: APP,
			definitions: commandDefinitions,
			baseUrl: `${fake.url}/api/v10`,
		};
		await syncCommands(options);
		expect(fake.requests[0]?.path).toBe(`/api/v10/applications/${APP}/commands`);
		const first = fake.commands[0] as Record<string, unknown>;
		fake.commands[0] = { ...first, description: `${String(first.description)} (old)` };
		expect((await syncCommands(options)).changed).toBe(true);
	});

	it('reports Discord refusing, with the status', async () => {
		const options = {
			token: TOKEN,
			applicationId: APP,
			definitions: commandDefinitions,
			baseUrl: `${fake.url}/nowhere`,
		};
		await expect(syncCommands(options)).rejects.toThrow(/404/);
	});
});

describe('commandsMatch', () => {
	it('ignores order and the fields only Discord sets', () => {
		const registered = [...commandDefinitions]
			.reverse()
			.map((definition, index) => ({ ...definition, id: String(index), version: '1', application_id: APP }));
		expect(commandsMatch(registered, commandDefinitions)).toBe(true);
		expect(commandsMatch(registered.slice(1), commandDefinitions)).toBe(false);
	});

	it('fills in the defaults Discord writes out, and treats an unreadable list as not matching', () => {
		const registered = commandDefinitions.map((definition) => ({
			...definition,
			nsfw: false,
			default_member_permissions: null,
			options: (definition.options ?? []).map((option) => ({ required: false, autocomplete: null, ...option })),
		}));
		expect(commandsMatch(registered, commandDefinitions)).toBe(true);
		// The definitions offer autocomplete on /figures' area; a registered copy with it off differs.
		const autocompleteOff = registered.map((command) => ({
			...command,
			options: command.options.map((option) => ({ ...option, autocomplete: false })),
		}));
		expect(commandsMatch(autocompleteOff, commandDefinitions)).toBe(false);
		expect(commandsMatch([...registered, { name: 42 }], commandDefinitions)).toBe(false);
		expect(commandsMatch([null], commandDefinitions)).toBe(false);
	});
});
