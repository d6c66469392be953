import { type Answer, answerSections, MARKDOWN_STYLE, type NotFoundReason } from '@signpost-uk/domain';
import type { EmbedDraft, MessageDraft } from '../util/respond.js';

const FIELD_VALUE = 1_024;

const NOT_FOUND_TITLES: Record<NotFoundReason, string> = {
	'invalid-query': 'That question could not be read',
	'unknown-area': 'No area matches that name',
	'unknown-measure': 'Not a measure Signpost holds',
	'invalid-year': 'Not a financial year Signpost can read',
	'year-outside-dataset': 'That year is outside the figures held',
	'no-published-figure': 'No published figure',
	'offence-not-in-force': 'The offence did not exist that year',
};

/**
 * Packs a section's lines into embed fields of at most 1,024 characters each, so a long section continues in the
 * next field instead of being cut (the boundary still cuts if the whole message is too long).
 *
 * @example
 * ```ts
 * packFields('About these figures', caveats.map((c) => `- ${c}`)); // [{ name: 'About these figures', value: '- …' }]
 * ```
 */
export function packFields(heading: string, lines: readonly string[]): { name: string; value: string }[] {
	const fields: { name: string; value: string }[] = [];
	let current = '';
	for (const line of lines) {
		const next = current ? `${current}\n${line}` : line;
		if (next.length > FIELD_VALUE && current) {
			fields.push({ name: fields.length ? `${heading} (continued)` : heading, value: current });
			current = line;
		} else current = next;
	}
	if (current) fields.push({ name: fields.length ? `${heading} (continued)` : heading, value: current });
	return fields;
}

/**
 * Turns a domain answer into a message draft, using the domain's own sections (Markdown style): the first section
 * is the embed's description, the rest (changes, disputed years, caveats) are fields. The help section is left out
 * here because the reply boundary adds the help lines to the content and every embed. `subject` is the registry
 * name of the area asked about, shown in a not-found title; it is never text the user typed.
 *
 * @example
 * ```ts
 * const draft = answerDraft(getFigures(dataset, { area: 'Derbyshire' }), false);
 * draft.embeds?.[0]?.title; // "Derbyshire Constabulary, 2016/17"
 * ```
 */
export function answerDraft(answer: Answer, ephemeral: boolean, subject?: string): MessageDraft {
	const sections = answerSections(answer, MARKDOWN_STYLE).slice(0, -1);
	const [first, ...rest] = sections;
	const reason = answer.status === 'not-found' ? NOT_FOUND_TITLES[answer.reason] : undefined;
	const title = reason
		? subject && answer.status === 'not-found' && answer.reason !== 'unknown-area'
			? `${subject}: ${reason}`
			: reason
		: (first?.heading ?? 'Signpost figures');
	const embed: EmbedDraft = {
		title,
		description: first?.lines.join('\n'),
		fields: rest.flatMap((section) => packFields(section.heading ?? 'Notes', section.lines)),
	};
	const lead =
		answer.status === 'found'
			? 'Police-recorded offences, with the source of every figure. Recorded offences are not a count of children abused.'
			: answer.message;
	return { content: lead, embeds: [embed], ephemeral };
}
