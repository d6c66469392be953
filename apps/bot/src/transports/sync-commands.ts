import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import { DEFAULT_API_BASE_URL } from './discord-api-base-url.js';
import { type RegisteredCommand, RegisteredCommandSchema } from './registered-command.js';

/** Options for {@link syncCommands}. */
export interface SyncCommandsOptions {
	readonly token: string;
	readonly applicationId: string;
	/** Registers guild commands (instant) when set, global commands otherwise. */
	readonly guildId?: string | undefined;
	readonly definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[];
	/** For tests: a local fake of Discord's API. */
	readonly baseUrl?: string;
	readonly fetch?: typeof fetch;
}

/** What {@link syncCommands} did. */
export interface SyncCommandsResult {
	readonly scope: 'guild' | 'global';
	readonly changed: boolean;
	readonly count: number;
}

const RegisteredCommandsSchema = z.array(RegisteredCommandSchema);

/** The commands as one comparable text: each reduced to what Discord keeps, in name order. */
function canonicalSet(commands: readonly RegisteredCommand[]): string {
	return JSON.stringify([...commands].sort((a, b) => a.name.localeCompare(b.name)));
}

/**
 * Whether the registered commands already match the definitions (Discord's defaults filled in on both sides, order
 * of commands ignored). Fields only Discord sets (ids, versions) are ignored; `contexts` and `integration_types` are
 * compared only when the definition sets them. A registered list that does not read as commands does not match (the
 * next PUT overwrites it).
 *
 * @example
 * ```ts
 * commandsMatch(await (await fetch(url, { headers })).json(), commandDefinitions); // true when nothing changed
 * ```
 */
export function commandsMatch(
	registered: readonly unknown[],
	definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
): boolean {
	const wanted = RegisteredCommandsSchema.parse(definitions);
	const read = RegisteredCommandsSchema.safeParse(registered);
	if (!read.success) return false;
	const byName = new Map(wanted.map((definition) => [definition.name, definition]));
	const comparable = read.data.map((command) => {
		const definition = byName.get(command.name);
		return {
			...command,
			contexts: definition?.contexts === undefined ? undefined : command.contexts,
			integration_types: definition?.integration_types === undefined ? undefined : command.integration_types,
		};
	});
	return canonicalSet(comparable) === canonicalSet(wanted);
}

async function discordRequest(
	options: SyncCommandsOptions,
	method: 'GET' | 'PUT',
	path: string,
	body?: unknown,
): Promise<unknown> {
	const doFetch = options.fetch ?? fetch;
	const response = await doFetch(`${options.baseUrl ?? DEFAULT_API_BASE_URL}${path}`, {
		method,
		headers: {
			authorization: `Bot ${options.token}`,
			'user-agent': 'DiscordBot (https://github.com/signpost-uk/signpost, 0.1.0)',
			...(body === undefined ? {} : { 'content-type': 'application/json' }),
		},
		...(body === undefined ? {} : { body: JSON.stringify(body) }),
	});
	const text = await response.text();
	if (!response.ok) {
		// Discord's error bodies describe the problem (codes, field paths); they never contain the token.
		throw new Error(`Discord answered ${method} ${path} with ${response.status}: ${text.slice(0, 2_000)}`);
	}
	return text === '' ? null : JSON.parse(text);
}

/**
 * Registers the command definitions with Discord only when they differ from what is registered: one GET, and a bulk
 * overwrite PUT when something changed (Discord allows 200 command creates a day per guild).
 *
 * @example
 * ```ts
 * const result = await syncCommands({ token, applicationId, guildId, definitions: commandDefinitions });
 * console.log(result.changed ? 'updated' : 'already up to date');
 * ```
 */
export async function syncCommands(options: SyncCommandsOptions): Promise<SyncCommandsResult> {
	const scope = options.guildId ? 'guild' : 'global';
	const path = options.guildId
		? `/applications/${options.applicationId}/guilds/${options.guildId}/commands`
		: `/applications/${options.applicationId}/commands`;
	const registered = await discordRequest(options, 'GET', path);
	if (!Array.isArray(registered)) throw new Error(`Discord answered GET ${path} with something other than a list.`);
	if (commandsMatch(registered, options.definitions)) {
		return { scope, changed: false, count: registered.length };
	}
	await discordRequest(options, 'PUT', path, options.definitions);
	return { scope, changed: true, count: options.definitions.length };
}
