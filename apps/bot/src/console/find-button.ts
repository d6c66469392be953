import type { APIInteractionResponse } from 'discord-api-types/v10';

/** A button on a reply: its label and `custom_id`. */
export interface FoundButton {
	readonly label: string;
	readonly customId: string;
}

/**
 * The buttons a reply carries, in order.
 *
 * @example
 * ```ts
 * replyButtons(response).map((b) => b.label); // ["Sources", "Caveats", "Trend", …]
 * ```
 */
export function replyButtons(response: APIInteractionResponse): FoundButton[] {
	const data = 'data' in response ? (response.data as { components?: unknown } | undefined) : undefined;
	const rows = Array.isArray(data?.components) ? (data.components as { components?: unknown }[]) : [];
	return rows.flatMap((row) =>
		(Array.isArray(row.components) ? (row.components as Record<string, unknown>[]) : []).flatMap((button) =>
			typeof button.label === 'string' && typeof button.custom_id === 'string'
				? [{ label: button.label, customId: button.custom_id }]
				: [],
		),
	);
}

/**
 * Finds the button a user means by a word: the label itself, case and arrows ignored ("sources", "next page"), or
 * the only label that starts with it ("share", "previous year").
 *
 * @example
 * ```ts
 * findButton(response, 'sources')?.customId; // "sp1:fs0:0:…"
 * ```
 */
export function findButton(response: APIInteractionResponse, word: string): FoundButton | undefined {
	const plain = (text: string) =>
		text
			.toLowerCase()
			.replace(/[◀▶]|\(.*?\)/g, '')
			.trim();
	const wanted = plain(word);
	const buttons = replyButtons(response);
	const exact = buttons.find((button) => plain(button.label) === wanted);
	if (exact) return exact;
	const starting = buttons.filter((button) => plain(button.label).startsWith(wanted));
	return starting.length === 1 ? starting[0] : undefined;
}
