import {
	helpLines,
	helpSentence,
	type Locale,
	MARKDOWN_STYLE,
	type Signposting,
	wordingFor,
} from '@signpost-uk/domain';
import {
	type APIActionRowComponent,
	type APIApplicationCommandOptionChoice,
	type APIComponentInMessageActionRow,
	type APIEmbed,
	type APIEmbedField,
	type APIInteractionResponse,
	type APIInteractionResponseCallbackData,
	InteractionResponseType,
	type RESTPatchAPIWebhookWithTokenMessageJSONBody,
} from 'discord-api-types/v10';
import { DISCORD_LIMITS, EPHEMERAL } from './constants.js';

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

/** One field as a command drafts it. */
export interface FieldDraft {
	readonly name: string;
	readonly value: string;
	/** Shown side by side with the neighbouring inline fields (`/compare`). */
	readonly inline?: boolean | undefined;
}

/** One embed as a command drafts it: the boundary adds the help footer and checks it fits. */
export interface EmbedDraft {
	readonly title?: string | undefined;
	readonly url?: string | undefined;
	readonly description?: string | undefined;
	readonly fields?: readonly FieldDraft[] | undefined;
	/** Shown before the help sentence in the footer, e.g. "Page 2 of 3". */
	readonly footer?: string | undefined;
	/** The embed's colour, as a 24-bit RGB number. */
	readonly color?: number | undefined;
	/** An image shown in the embed: `attachment://<name>` for a file sent with the message. */
	readonly image?: string | undefined;
}

/** A file sent with a message (the `/trend` chart), by the transports that can upload files. */
export interface FileDraft {
	readonly name: string;
	readonly data: Uint8Array;
	/** Alt text: what the image shows, with the numbers (at most 1,024 characters). */
	readonly description: string;
}

/** A message as a command drafts it, before the help lines and limits. */
export interface MessageDraft {
	/** A short lead-in; the help lines are added after it. */
	readonly content?: string | undefined;
	readonly embeds?: readonly EmbedDraft[] | undefined;
	/** Only the user who asked sees the reply. */
	readonly ephemeral?: boolean | undefined;
	/** Rows of buttons (pages, views, years, sharing). */
	readonly components?: readonly APIActionRowComponent<APIComponentInMessageActionRow>[] | undefined;
	/** Files to upload with the message (a transport that cannot upload them is given a core without them). */
	readonly files?: readonly FileDraft[] | undefined;
	/** The language of the help block and footers the boundary adds (default English). */
	readonly locale?: Locale | undefined;
}

/**
 * Where the file bytes of a prepared message are kept: a symbol key, so `JSON.stringify` of a reply never carries
 * them; a transport that uploads files reads them with {@link preparedFiles}.
 */
const FILES: unique symbol = Symbol('signpost.files');

/**
 * What the boundary says, instead of cutting, when a draft could not fit: whole lines are left out, never half a
 * line, and this note says so. Every reply the commands make fits (the exhaustive test checks this note never
 * appears), so this is a last guard, not a way to shorten answers.
 */
export const OVERFLOW_NOTE = 'Part of this answer did not fit in one message; it is on the docs site.';

const NO_MENTIONS = { parse: [] as [] };

/** An autocomplete label longer than `max`, shortened at a word boundary with an ellipsis. */
function shortenLabel(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Keeps whole lines of `text` while they fit in `max` characters; if any are left out, the last kept line is
 * followed by {@link OVERFLOW_NOTE}. A line, number, link or quote is never cut.
 */
function fitLines(text: string, max: number): string {
	if (text.length <= max) return text;
	const room = max - OVERFLOW_NOTE.length - 1;
	const kept: string[] = [];
	let length = 0;
	for (const line of text.split('\n')) {
		const next = length + (kept.length ? 1 : 0) + line.length;
		if (next > room) break;
		kept.push(line);
		length = next;
	}
	return room < 0 ? '' : [...kept, OVERFLOW_NOTE].join('\n');
}

/**
 * The help block for message content: a heading and the help lines (Childline, the NSPCC Helpline, 999, then any
 * topic services), falling back to the one-sentence form if it could ever outgrow the content limit.
 */
function contentHelp(help: Signposting, locale: Locale): string {
	const heading = wordingFor(locale).help.heading;
	const block = [`**${heading}**`, ...helpLines(help, MARKDOWN_STYLE, locale)].join('\n');
	return block.length <= DISCORD_LIMITS.content ? block : helpSentence(help, locale);
}

function buildContent(lead: string | undefined, help: Signposting, locale: Locale): string {
	const block = contentHelp(help, locale);
	const text = lead?.trim() ?? '';
	if (!text) return block;
	const kept = fitLines(text, DISCORD_LIMITS.content - block.length - 2);
	return kept ? `${kept}\n\n${block}` : block;
}

/** Adds the overflow note to a description once, keeping whole lines. */
function withOverflowNote(description: string | undefined): string {
	if (description?.endsWith(OVERFLOW_NOTE)) return description;
	return fitLines(`${description ?? ''}\n${OVERFLOW_NOTE}`.trim(), DISCORD_LIMITS.embedDescription);
}

/**
 * An embed's title, then its description (leaving room for the overflow note), in whole lines within `room`
 * characters; empty when nothing fits.
 */
function fitText(draft: EmbedDraft, room: number): { title: string; description: string } {
	const title = fitLines(draft.title?.trim() ?? '', Math.min(DISCORD_LIMITS.embedTitle, room));
	const description = fitLines(
		draft.description?.trim() ?? '',
		Math.min(DISCORD_LIMITS.embedDescription - OVERFLOW_NOTE.length - 1, room - title.length),
	);
	return { title, description };
}

/**
 * The embed fields, in order, that fit whole in `room` characters (at most 25); `cut` when one was left out (it gets
 * the overflow note, never a cut value), `used` the characters they take.
 */
function fitFields(
	drafted: readonly FieldDraft[],
	room: number,
): { fields: APIEmbedField[]; cut: boolean; used: number } {
	const fields: APIEmbedField[] = [];
	let used = 0;
	for (const field of drafted.slice(0, DISCORD_LIMITS.embedFields)) {
		const name = field.name.trim() || '\u200b';
		const value = field.value.trim() || '\u200b';
		// A field that does not fit whole is left out with the note, never cut.
		if (
			name.length > DISCORD_LIMITS.fieldName ||
			value.length > DISCORD_LIMITS.fieldValue ||
			name.length + value.length > room - used
		)
			return { fields, cut: true, used };
		fields.push({ name, value, ...(field.inline ? { inline: true } : {}) });
		used += name.length + value.length;
	}
	return { fields, cut: false, used };
}

/** An embed's footer, colour, title, link, image and description, its title and description fitted to `room`. */
function embedHead(draft: EmbedDraft, footer: string, room: number): APIEmbed {
	const embed: APIEmbed = { footer: { text: footer } };
	if (draft.color !== undefined) embed.color = draft.color;
	const { title, description } = fitText(draft, room);
	if (title) embed.title = title;
	if (draft.url && /^https?:\/\//.test(draft.url)) embed.url = draft.url;
	if (draft.image) embed.image = { url: draft.image };
	if (description) embed.description = description;
	return embed;
}

function buildEmbeds(drafts: readonly EmbedDraft[], help: Signposting, locale: Locale): APIEmbed[] {
	const sentence = helpSentence(help, locale);
	const kept = drafts.slice(0, DISCORD_LIMITS.embedsPerMessage);
	const footers = kept.map((draft) => (draft.footer ? `${draft.footer} · ${sentence}` : sentence));
	// The help footers are reserved first, and room for the overflow note in each embed; figures share the rest.
	let budget = DISCORD_LIMITS.embedsTotal - footers.reduce((n, f) => n + f.length + OVERFLOW_NOTE.length + 1, 0);
	return kept.map((draft, i) => {
		const embed = embedHead(draft, footers[i] ?? sentence, budget);
		budget -= (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
		const drafted = draft.fields ?? [];
		const { fields, cut, used } = fitFields(drafted, budget);
		budget -= used;
		const overflow =
			cut || drafted.length > DISCORD_LIMITS.embedFields || (i === kept.length - 1 && drafts.length > kept.length);
		if (overflow) embed.description = withOverflowNote(embed.description);
		if (fields.length) embed.fields = fields;
		return embed;
	});
}

/**
 * THE boundary for message data: adds the help lines to the content and a help footer to every embed, holds the
 * message to Discord's limits without ever cutting a line, number, link or quote (answers are paged before they get
 * here; see {@link OVERFLOW_NOTE} for the last guard), keeps buttons and files, and turns mentions off.
 *
 * @example
 * ```ts
 * const data = prepareMessage({ content: 'No area matches that name.' }, selectHelp());
 * data.content?.includes('0800 1111'); // true
 * ```
 */
export function prepareMessage(body: MessageDraft, help: Signposting): PreparedMessage {
	const data: APIInteractionResponseCallbackData = {
		content: buildContent(body.content, help, body.locale ?? 'en'),
		allowed_mentions: NO_MENTIONS,
	};
	if (body.embeds?.length) data.embeds = buildEmbeds(body.embeds, help, body.locale ?? 'en');
	if (body.components?.length) data.components = body.components.slice(0, 5).map((row) => ({ ...row }));
	if (body.ephemeral) data.flags = EPHEMERAL;
	const files = (body.files ?? []).slice(0, 10);
	if (files.length) {
		data.attachments = files.map((file, id) => ({
			id: String(id),
			filename: file.name,
			description: fitLines(file.description, DISCORD_LIMITS.attachmentDescription),
		}));
		Object.defineProperty(data, FILES, { value: files, enumerable: false });
	}
	return data as PreparedMessage;
}

/**
 * The files a prepared message carries (the `/trend` chart), for a transport that uploads them; empty otherwise.
 * They never appear in the JSON of the reply.
 *
 * @example
 * ```ts
 * const files = preparedFiles(response.data); // [{ name: 'trend.png', data: Uint8Array, description: '…' }]
 * ```
 */
export function preparedFiles(data: unknown): readonly FileDraft[] {
	if (typeof data !== 'object' || data === null) return [];
	const files = (data as { [FILES]?: readonly FileDraft[] })[FILES];
	return Array.isArray(files) ? files : [];
}

/**
 * The answer to a button press that changes the message it is on (UPDATE_MESSAGE, type 7), through
 * {@link prepareMessage}. A message's visibility cannot change on an update, so no flags are sent.
 *
 * @example
 * ```ts
 * const response = prepareUpdate({ embeds: [page] }, selectHelp());
 * response.type; // 7
 * ```
 */
export function prepareUpdate(body: MessageDraft, help: Signposting): PreparedResponse {
	const message = prepareMessage(body, help);
	const { flags: _flags, ...data } = message;
	const files = preparedFiles(message);
	if (files.length) Object.defineProperty(data, FILES, { value: files, enumerable: false });
	return { type: InteractionResponseType.UpdateMessage, data } as unknown as PreparedResponse;
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
	const message = prepareMessage(body, help);
	const { flags: _flags, ...data } = message;
	const files = preparedFiles(message);
	if (files.length) Object.defineProperty(data, FILES, { value: files, enumerable: false });
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
	const files = preparedFiles(response.data);
	if (files.length) Object.defineProperty(data, FILES, { value: files, enumerable: false });
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
		// A choice name is a label (the value is what is sent), so a long one is shortened at a word with an ellipsis.
		const name = shortenLabel(choice.name.trim(), DISCORD_LIMITS.choiceName);
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
