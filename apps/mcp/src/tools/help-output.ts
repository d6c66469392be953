import { type ContactChannel, getHelplines, type HelpSelection } from '@signpost-uk/sdk';
import type { HelpOutputValue } from './output-schemas.js';

/**
 * The help lines for structured content and text, from the SDK's `getHelplines`: Childline (0800 1111), the NSPCC
 * Helpline (0808 800 5000) and 999 always first, then any topic services.
 *
 * @param selection - who is asking and about what; both optional
 * @returns the services, one line per service and the one-sentence version
 * @example
 * ```ts
 * helpOutput({ audience: 'child' }).services[0].phone; // "0800 1111"
 * ```
 */
export function helpOutput(selection: HelpSelection = {}): HelpOutputValue {
	const { help, lines, sentence } = getHelplines(selection);
	return {
		audience: help.audience,
		topic: help.topic,
		services: help.services.map((s) => ({
			id: s.id,
			name: s.name,
			summary: s.summary,
			...(s.phone ? { phone: s.phone } : {}),
			channels: s.channels.map((c: ContactChannel) => ({
				kind: c.kind,
				value: c.value,
				...(c.hours ? { hours: c.hours } : {}),
			})),
			cost: s.cost,
			sourceUrl: s.sourceUrl,
			lastChecked: s.lastChecked,
		})),
		lines: [...lines],
		sentence,
	};
}
