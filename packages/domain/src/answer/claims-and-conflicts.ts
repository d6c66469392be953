import type { DatasetIndex } from '../dataset/dataset-index.js';
import type { Dataset } from '../schema/dataset.js';
import { type ClaimView, viewClaim } from './claim-view.js';
import type { ConflictView, FigureView } from './figure-view.js';

/**
 * The sources' claims about the figures shown, each checked: a change is shown with the answer holding its later
 * figure, any other claim with any answer holding one of its figures. Oldest claim first by figure order.
 *
 * @example
 * ```ts
 * claimsAbout(dataset, index, views).map((c) => c.check);
 * ```
 */
export function claimsAbout(dataset: Dataset, index: DatasetIndex, views: readonly FigureView[]): ClaimView[] {
	const shown = new Set(views.map((v) => v.figure.id));
	const seen = new Set<string>();
	const claims: ClaimView[] = [];
	for (const view of views) {
		for (const claim of index.claimsByFigure.get(view.figure.id) ?? []) {
			if (seen.has(claim.id)) continue;
			const to = claim.figures[1];
			if (claim.kind === 'percent-change' && to !== undefined && !shown.has(to)) continue;
			seen.add(claim.id);
			claims.push(viewClaim(dataset, index, claim));
		}
	}
	return claims;
}

/**
 * Every conflict among the figures shown, once each, so its note is said once per answer.
 *
 * @example
 * ```ts
 * conflictsAmong(views).map((c) => c.note);
 * ```
 */
export function conflictsAmong(views: readonly FigureView[]): ConflictView[] {
	const byId = new Map<string, ConflictView>();
	for (const view of views)
		for (const conflict of view.conflicts) if (!byId.has(conflict.id)) byId.set(conflict.id, conflict);
	return [...byId.values()];
}
