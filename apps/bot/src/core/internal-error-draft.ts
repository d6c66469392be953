import { type Locale, wordingFor } from '@signpost-uk/domain';
import type { MessageDraft } from '../util/respond.js';

/**
 * The message for an internal error: an apology and the correlation id (which is logged), never anything the user
 * typed, in the domain's words (Welsh with `locale: 'cy'`). Used by the core and by a transport whose deferred answer
 * failed; both pass it through `util/respond.ts`, which adds the help lines.
 *
 * @example
 * ```ts
 * prepareResponse(internalErrorDraft(correlationId()), selectHelp());
 * ```
 */
export function internalErrorDraft(id: string, locale: Locale = 'en'): MessageDraft {
	return { content: wordingFor(locale).replies.internalError(id), ephemeral: true, locale };
}
