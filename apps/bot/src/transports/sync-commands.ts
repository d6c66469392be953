import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { DEFAULT_API_BASE_URL } from './discord-api-base-url.js';

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

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** The fields Discord keeps for an option, with Discord's defaults filled in, so GET and PUT shapes compare. */
function canonicalOption(option: Record<string, unknown>): Json {
	return {
		type: option.type as number,
		name: option.name as string,
		description: (option.description as string | undefined) ?? '',
		required: (option.required as boolean | undefined) ?? false,
		autocomplete: (option.autocomplete as boolean | undefined) ?? false,
		choices: ((option.choices as Record<string, unknown>[] | undefined) ?? []).map((choice) => ({
			name: choice.name as string,
			value: choice.value as string | number,
		})),
		options: ((option.options as Record<string, unknown>[] | undefined) ?? []).map(canonicalOption),
		min_value: (option.min_value as number | undefined) ?? null,
		max_value: (option.max_value as number | undefined) ?? null,
		min_length: (option.min_length as number | undefined) ?? null,
		max_length: (option.max_length as number | undefined) ?? null,
		channel_types: (option.channel_types as number[] | undefined) ?? [],
	};
}

function canonicalCommand(command: Record<string, unknown>): Json {
	return {
		type: (command.type as number | undefined) ?? 1,
		name: command.name as string,
		description: (command.description as string | undefined) ?? '',
		options: ((command.options as Record<string, unknown>[] | undefined) ?? []).map(canonicalOption),
		default_member_permissions: (command.default_member_permissions as string | null | undefined) ?? null,
		nsfw: (command.nsfw as boolean | undefined) ?? false,
		...(command.contexts === undefined || command.contexts === null
			? {}
			: { contexts: [...(command.contexts as number[])].sort() }),
		...(command.integration_types === undefined || command.integration_types === null
			? {}
			: { integration_types: [...(command.integration_types as number[])].sort() }),
	};
}

function canonicalSet(commands: readonly Record<string, unknown>[]): string {
	const canonical = [...commands].sort((a, b) => String(a.name).localeCompare(String(b.name))).map(canonicalCommand);
	return JSON.stringify(canonical);
}

/**
 * Whether the registered commands already match the definitions (Discord's defaults filled in on both sides, order
 * of commands ignored). Fields only Discord sets (ids, versions) are ignored; `contexts` and `integration_types` are
 * compared only when the definition sets them.
 *
 * @example
 * ```ts
 * commandsMatch(await (await fetch(url, { headers })).json(), commandDefinitions); // true when nothing changed
 * ```
 */
export function commandsMatch(
	registered: readonly Record<string, unknown>[],
	definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
): boolean {
	const wanted = definitions as unknown as readonly Record<string, unknown>[];
	const byName = new Map(wanted.map((definition) => [definition.name, definition]));
	const comparable = registered.map((command) => {
		const definition = byName.get(command.name);
		const copy: Record<string, unknown> = { ...command };
		if (definition?.contexts === undefined) delete copy.contexts;
		if (definition?.integration_types === undefined) delete copy.integration_types;
		return copy;
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
	if (commandsMatch(registered as Record<string, unknown>[], options.definitions)) {
		return { scope, changed: false, count: registered.length };
	}
	await discordRequest(options, 'PUT', path, options.definitions);
	return { scope, changed: true, count: options.definitions.length };
}
