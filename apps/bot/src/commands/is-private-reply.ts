import type { OptionReader } from '../core/read-options.js';

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
