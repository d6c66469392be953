import {
	type APIActionRowComponent,
	type APIButtonComponentWithCustomId,
	ButtonStyle,
	ComponentType,
} from 'discord-api-types/v10';
import { encodeCustomId } from './custom-id.js';
import type { Question } from './question.js';

/** One button a reply offers: its label and the question it asks. */
export interface ButtonDraft {
	readonly label: string;
	readonly question: Question;
	/** "Share publicly": the press posts a public copy instead of changing the private reply. */
	readonly share?: boolean;
	readonly primary?: boolean;
}

/**
 * Turns rows of button drafts into Discord action rows (at most five buttons a row), each `custom_id` made by
 * {@link encodeCustomId}. Empty rows are left out, and a button whose `custom_id` repeats an earlier one is dropped
 * (Discord refuses a message with two).
 *
 * @example
 * ```ts
 * buttonRows([[{ label: 'Sources', question: { ...question, view: 'sources', page: 0 } }]]);
 * ```
 */
export function buttonRows(
	rows: readonly (readonly ButtonDraft[])[],
): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
	const seen = new Set<string>();
	return rows
		.flatMap((row) => {
			const components: APIButtonComponentWithCustomId[] = [];
			for (const button of row.slice(0, 5)) {
				const customId = encodeCustomId(button.question, { share: button.share ?? false });
				if (seen.has(customId)) continue;
				seen.add(customId);
				components.push({
					type: ComponentType.Button,
					style: button.primary ? ButtonStyle.Primary : ButtonStyle.Secondary,
					label: button.label,
					custom_id: customId,
				});
			}
			return components.length ? [{ type: ComponentType.ActionRow as const, components }] : [];
		})
		.slice(0, 5);
}
