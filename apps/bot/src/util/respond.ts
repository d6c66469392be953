import { helpLines, helpSentence, MARKDOWN_STYLE, type Signposting } from '@signpost-uk/domain';
import {
	type APIApplicationCommandOptionChoice,
	type APIEmbed,
	type APIEmbedField,
	type APIInteractionResponse,
	type APIInteractionResponseCallbackData,
	InteractionResponseType,
	type RESTPatchAPIWebhookWithTokenMessageJSONBody,
} from 'discord-api-types/v10';
import { DISCORD_LIMITS, EPHEMERAL, TRUNCATION_MARK } from './constants.js';

// A type-only brand: nothing outside this file can make a Prepared value without a cast, so every reply the core
// returns has been through the one boundary that adds the help lines and enforces Discord's limits.
declare const preparedBrand: unique symbol;
/** A value made by this boundary. */
export type Prepared<T> = T & { readonly [preparedBrand]: true };
/** An interaction response made by this boundary: the only kind the core returns. */
export type PreparedResponse = Prepared<APIInteractionResponse>;
/** A deferred follow-up (webhook PATCH body) made by this boundary. */
export type PreparedFollowUp = Prepared<RESTPatchAPIWebhookWithTokenMessageJSONBody>;
/** Message data made by this boundary. */
export type PreparedMessage = Prepared<APIInteractionResponseCallbackData>;

/** One embed as a command drafts it: the boundary adds the help footer and cuts it to fit. */
export interface EmbedDraft {
	readonly title?: string | undefined;
	readonly url?: string | undefined;
	readonly description?: string | undefined;
	readonly fields?: readonly { readonly name: string; readonly value: string }[] | undefined;
}

/** A message as a command drafts it, before the help lines and limits. */
export interface MessageDraft {
	/** A short lead-in; the help lines are added after it. */
	readonly content?: string | undefined;
	readonly embeds?: readonly EmbedDraft[] | undefined;
	/** Only the user who asked sees the reply. */
	readonly ephemeral?: boolean | undefined;
}

const NO_MENTIONS = { parse: [] as [] };

/** Cuts text to at most `max` characters, ending with the truncation mark when anything was cut. */
function fit(text: string, max: number): string {
	if (text.length <= max) return text;
	if (max <= 0) return '';
	if (max <= TRUNCATION_MARK.length) return safeSlice(text, max);
	return `${safeSlice(text, max - TRUNCATION_MARK.length).trimEnd()}${TRUNCATION_MARK}`;
}

/** Slices without leaving half of a surrogate pair at the end. */
function safeSlice(text: string, length: number): string {
	const cut = text.slice(0, length);
	const last = cut.charCodeAt(cut.length - 1);
	return last >= 0xd8_00 && last <= 0xdb_ff ? cut.slice(0, -1) : cut;
}

/**
 * The help block for message content: a heading and the help lines (Childline, the NSPCC Helpline, 999, then any
 * topic services), falling back to the one-sentence form if it could ever outgrow the content limit.
 */
function contentHelp(help: Signposting): string {
	const block = ['**Get help**', ...helpLines(help, MARKDOWN_STYLE)].join('\n');
	return block.length <= DISCORD_LIMITS.content ? block : helpSentence(help);
}

function buildContent(lead: string | undefined, help: Signposting): string {
	const block = contentHelp(help);
	const text = lead?.trim() ?? '';
	if (!text) return block;
	const room = DISCORD_LIMITS.content - block.length - 2;
	const cut = fit(text, room);
	return cut ? `${cut}\n\n${block}` : block;
}

/** Folds fields past the 24th into one last field so that nothing is silently lost and at most 25 remain. */
function foldFields(fields: readonly { name: string; value: string }[]): { name: string; value: string }[] {
	if (fields.length <= DISCORD_LIMITS.embedFields) return [...fields];
	const kept = fields.slice(0, DISCORD_LIMITS.embedFields - 1);
	const rest = fields.slice(DISCORD_LIMITS.embedFields - 1);
	kept.push({ name: 'More', value: rest.map((f) => `${f.name}: ${f.value}`).join('\n') });
	return kept;
}

function buildEmbeds(drafts: readonly EmbedDraft[], help: Signposting): APIEmbed[] {
	const footer = fit(helpSentence(help), DISCORD_LIMITS.footerText);
	let kept = drafts.slice(0, DISCORD_LIMITS.embedsPerMessage);
	if (drafts.length > kept.length) {
		const last = kept.at(-1);
		kept = [...kept.slice(0, -1), { ...last, description: `${last?.description ?? ''}\n${TRUNCATION_MARK}` }];
	}
	// The help footers are reserved first; figures share what is left of the 6,000.
	let budget = DISCORD_LIMITS.embedsTotal - kept.length * footer.length;
	return kept.map((draft) => {
		const embed: APIEmbed = { footer: { text: footer } };
		const title = fit(draft.title?.trim() ?? '', Math.min(DISCORD_LIMITS.embedTitle, budget));
		if (title) {
			embed.title = title;
			budget -= title.length;
		}
		if (draft.url && /^https?:\/\//.test(draft.url)) embed.url = draft.url;
		const description = fit(draft.description?.trim() ?? '', Math.min(DISCORD_LIMITS.embedDescription, budget));
		if (description) {
			embed.description = description;
			budget -= description.length;
		}
		const fields: APIEmbedField[] = [];
		for (const field of foldFields((draft.fields ?? []).map((f) => ({ name: f.name.trim(), value: f.value.trim() })))) {
			const name = fit(field.name || '\u200b', Math.min(DISCORD_LIMITS.fieldName, budget - 1));
			const value = fit(field.value || '\u200b', Math.min(DISCORD_LIMITS.fieldValue, budget - name.length));
			if (!name || !value) break;
			fields.push({ name, value });
			budget -= name.length + value.length;
		}
		if (fields.length) embed.fields = fields;
		return embed;
	});
}

/**
 * THE boundary for message data: adds the help lines to the content and a help footer to every embed, cuts figures
 * (never the help) to fit Discord's limits with "…(more at the docs)", and turns mentions off.
 *
 * @example
 * ```ts
 * const data = prepareMessage({ content: 'No area matches that name.' }, selectHelp());
 * data.content?.includes('0800 1111'); // true
 * ```
 */
export function prepareMessage(body: MessageDraft, help: Signposting): PreparedMessage {
	const data: APIInteractionResponseCallbackData = {
		content: buildContent(body.content, help),
		allowed_mentions: NO_MENTIONS,
	};
	if (body.embeds?.length) data.embeds = buildEmbeds(body.embeds, help);
	if (body.ephemeral) data.flags = EPHEMERAL;
	return data as PreparedMessage;
}

/**
 * A message reply (CHANNEL_MESSAGE_WITH_SOURCE, type 4) through {@link prepareMessage}.
 *
 * @example
 * ```ts
 * const response = prepareResponse({ content: 'Signpost', ephemeral: true }, selectHelp());
 * response.type; // 4
 * ```
 */
export function prepareResponse(body: MessageDraft, help: Signposting): PreparedResponse {
	const response: APIInteractionResponse = {
		type: InteractionResponseType.ChannelMessageWithSource,
		data: prepareMessage(body, help),
	};
	return response as PreparedResponse;
}

/**
 * The body of a deferred follow-up (PATCH `/webhooks/{app}/{token}/messages/@original`), through the same boundary,
 * so a transport never builds a message body by hand. Flags cannot change on an edit, so none are sent.
 *
 * @example
 * ```ts
 * await rest.patch(`/webhooks/${appId}/${token}/messages/@original`, { body: prepareFollowUp(draft, selectHelp()) });
 * ```
 */
export function prepareFollowUp(body: MessageDraft, help: Signposting): PreparedFollowUp {
	const { flags: _flags, ...data } = prepareMessage(body, help);
	return data as PreparedFollowUp;
}

/**
 * Turns a prepared reply into a follow-up body, for a transport that deferred and now has the core's answer.
 *
 * @example
 * ```ts
 * const followUp = followUpFrom(handleInteraction(interaction));
 * ```
 */
export function followUpFrom(response: PreparedResponse | APIInteractionResponse): PreparedFollowUp | undefined {
	if (response.type !== InteractionResponseType.ChannelMessageWithSource) return undefined;
	const { flags: _flags, ...data } = response.data;
	return data as PreparedFollowUp;
}

/**
 * A deferred reply (type 5): Discord shows "thinking…" until the follow-up. EPHEMERAL is the only flag allowed.
 *
 * @example
 * ```ts
 * prepareDeferred({ ephemeral: true }); // { type: 5, data: { flags: 64 } }
 * ```
 */
export function prepareDeferred(options: { ephemeral?: boolean } = {}): PreparedResponse {
	return {
		type: InteractionResponseType.DeferredChannelMessageWithSource,
		...(options.ephemeral ? { data: { flags: EPHEMERAL } } : {}),
	} as PreparedResponse;
}

/**
 * The answer to an autocomplete request (type 8): at most 25 choices, names cut to 100 characters, choices whose
 * value is longer than 100 characters left out (a cut value would name something else), duplicates removed.
 *
 * @example
 * ```ts
 * prepareAutocomplete([{ name: 'Derbyshire Constabulary', value: 'derbyshire' }]).type; // 8
 * ```
 */
export function prepareAutocomplete(
	choices: readonly { readonly name: string; readonly value: string }[],
): PreparedResponse {
	const seen = new Set<string>();
	const out: APIApplicationCommandOptionChoice<string>[] = [];
	for (const choice of choices) {
		if (out.length >= DISCORD_LIMITS.autocompleteChoices) break;
		const name = fit(choice.name.trim(), DISCORD_LIMITS.choiceName);
		if (!name || !choice.value || choice.value.length > DISCORD_LIMITS.choiceValue || seen.has(choice.value)) continue;
		seen.add(choice.value);
		out.push({ name, value: choice.value });
	}
	return {
		type: InteractionResponseType.ApplicationCommandAutocompleteResult,
		data: { choices: out },
	} as PreparedResponse;
}

/**
 * The answer to Discord's PING (type 1).
 *
 * @example
 * ```ts
 * preparePong(); // { type: 1 }
 * ```
 */
export function preparePong(): PreparedResponse {
	return { type: InteractionResponseType.Pong } as PreparedResponse;
}
