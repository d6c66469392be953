import type { PublisherKind } from '../schema/publisher-kind.js';
import type { Source } from '../schema/source.js';
import { ANSWER_WORDING, type WordingTable } from '../text/wording.js';

/**
 * How strongly each kind of publisher leads a citation, best first: the publisher itself (the charity, police force
 * or government whose figures they are), then a newsroom or broadcaster, then any other page, and last a site that
 * republishes others' stories.
 */
export const PUBLISHER_KIND_RANK = {
	charity: 0,
	police: 0,
	government: 0,
	newsroom: 1,
	broadcaster: 1,
	other: 2,
	republisher: 3,
} as const satisfies Record<PublisherKind, number>;

/**
 * A figure's sources with the best first ({@link PUBLISHER_KIND_RANK}); sources of the same rank keep their order.
 * Every answer cites through this, so every surface leads with the same source.
 *
 * @example
 * ```ts
 * bestSourceFirst(figureView.sources)[0]?.source.publisherKind; // "charity" where the NSPCC's own page is cited
 * ```
 */
export function bestSourceFirst<T extends { readonly source: Pick<Source, 'publisherKind'> }>(
	cited: readonly T[],
): T[] {
	return cited
		.map((c, i) => ({ c, i }))
		.sort(
			(a, b) =>
				PUBLISHER_KIND_RANK[a.c.source.publisherKind] - PUBLISHER_KIND_RANK[b.c.source.publisherKind] || a.i - b.i,
		)
		.map(({ c }) => c);
}

/**
 * The mark for a figure whose only sources are sites that republish others' stories ("reported only by Care
 * Appointments, which republishes news"), or `undefined` when any source is of another kind (or there are none).
 *
 * @param cited - the figure's sources
 * @param say - the wording to say it in: English unless given (`wordingFor('cy')` for Welsh)
 * @example
 * ```ts
 * const careAppointments = { publisherKind: 'republisher', publisher: 'Care Appointments', title: 'Figures' } as const;
 * republishedOnlyMark([{ source: careAppointments }]); // "reported only by Care Appointments, which republishes news"
 * republishedOnlyMark([{ source: careAppointments }], wordingFor('cy')); // "wedi’i adrodd gan Care Appointments yn unig, ..."
 * republishedOnlyMark(view.sources); // undefined where any source is not a republisher
 * ```
 */
export function republishedOnlyMark(
	cited: readonly { readonly source: Pick<Source, 'publisherKind' | 'publisher' | 'title'> }[],
	say: Pick<WordingTable, 'republishedOnly'> = ANSWER_WORDING,
): string | undefined {
	if (!cited.length || cited.some((c) => c.source.publisherKind !== 'republisher')) return undefined;
	return say.republishedOnly(cited.map((c) => c.source.publisher ?? c.source.title));
}
