import { helpFirstSentences, helpSelectionFor, type Locale, type Signposting, selectHelp } from '@signpost-uk/domain';
import type { PersonReading } from '../core/read-person.js';
import { type MessageDraft, type PreparedResponse, prepareResponse } from '../util/respond.js';

/**
 * The help-first reply: what was typed reads as a person speaking, so the reply is help and nothing else. Always
 * private (ephemeral), whatever the command and whatever `private:` says; no embed, no buttons, no figure, no "not
 * found", no suggestion; never the words typed. Its first lines are the domain's help-first sentences (danger puts
 * 999 first), in Welsh for a Welsh command, locale or words; the boundary then adds the help lines for `help`.
 *
 * @example
 * ```ts
 * helpFirstMessage({ concerns: ['danger'], language: 'en' }, help, 'en').content; // "If you are in danger right now, call 999.\n…"
 * ```
 */
export function helpFirstMessage(reading: PersonReading, help: Signposting, locale: Locale): MessageDraft {
	return { content: helpFirstSentences(reading.concerns, help, locale).join('\n'), ephemeral: true, locale };
}

/**
 * The help-first reply as an interaction response, with the help that fits what the person said (Childline, the
 * NSPCC Helpline and 999 always; Stop It Now, CEOP and the services the domain adds for the concerns). Welsh when the
 * command or interaction is Welsh, or the words were.
 *
 * @example
 * ```ts
 * helpFirstResponse({ concerns: ['distress'], language: 'en' }, 'en').data?.flags; // 64
 * ```
 */
export function helpFirstResponse(reading: PersonReading, locale: Locale): PreparedResponse {
	const help = selectHelp(helpSelectionFor(reading.concerns, {}, locale === 'cy' ? 'cy' : reading.language));
	const language: Locale = locale === 'cy' || reading.language === 'cy' ? 'cy' : 'en';
	return prepareResponse(helpFirstMessage(reading, help, language), help);
}
