import { type OptionReader, readOptions } from '../core/read-options.js';
import { readPerson } from '../core/read-person.js';
import { readCommandName, withEnglishOptionNames } from './welsh-commands.js';

/** Commands whose reply only the asker sees unless they pass `private:false`. */
const PRIVATE_BY_DEFAULT: ReadonlySet<string> = new Set(['support', 'help']);

/**
 * Whether a command's reply is ephemeral (only the asker sees it): `private:true` asks for it, and `/support` is
 * private unless `private:false`. The one rule used both for the reply itself and for a deferred "thinking…"
 * response, whose visibility a follow-up cannot change.
 *
 * @example
 * ```ts
 * isPrivateReply('support', readOptions(interaction.data)); // true unless private:false
 * isPrivateReply('figures', readOptions(interaction.data)); // true only with private:true
 * ```
 */
export function isPrivateReply(command: string | undefined, options: OptionReader): boolean {
	const asked = options.boolean('private');
	return command !== undefined && PRIVATE_BY_DEFAULT.has(command) ? asked !== false : asked === true;
}

/**
 * Whether an interaction's reply will be private, read from the raw interaction (for a deferred "thinking…" response,
 * whose visibility a follow-up cannot change): a help-first reply always is (any string option that reads as a
 * person), then {@link isPrivateReply} for the command, English or Welsh.
 *
 * @example
 * ```ts
 * isPrivateInteraction(interaction); // true for /figures area:"im scared", for /cymorth, and with private:true
 * ```
 */
export function isPrivateInteraction(interaction: unknown): boolean {
	const data =
		typeof interaction === 'object' && interaction !== null ? (interaction as { data?: unknown }).data : undefined;
	const named = readCommandName(
		typeof data === 'object' && data !== null ? (data as { name?: unknown }).name : undefined,
	);
	const read = named?.locale === 'cy' ? withEnglishOptionNames(named.name, data) : data;
	return readPerson(read) !== undefined || isPrivateReply(named?.name, readOptions(read));
}
