// The data checks, as functions returning every problem found (empty when the data are sound), so the data tests
// can run them on the bundled dataset and prove on broken fixtures that they catch what they should.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figureKey } from '../../dataset/figure-key.js';
import type { Dataset } from '../../schema/dataset.js';
import { checkClaim } from '../../stats/check-claim.js';
import { quoteStatesValue } from './number-words.js';

/** Figures whose quote does not state the value, in digits or words. */
export function quoteValueProblems(data: Dataset): string[] {
	return data.figures.flatMap((figure) =>
		figure.sources
			.filter((ref) => !quoteStatesValue(ref.quote, figure))
			.map((ref) => `${figure.id} (${figure.value} ${figure.unit}) from ${ref.source}: "${ref.quote}"`),
	);
}

/** Whitespace runs as one space, so a line break in a file does not break a match. */
function fold(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Quotes of figures and claims citing a source with a `file` that are not word for word in that file. */
export function sourceTextProblems(data: Dataset, dir: string): string[] {
	const texts = new Map<string, string | null>();
	const sources = new Map(data.sources.map((s) => [s.id, s]));
	const problems: string[] = [];
	const check = (sourceId: string, quote: string, owner: string) => {
		const source = sources.get(sourceId);
		if (!source?.file) return;
		if (!texts.has(source.file)) {
			try {
				texts.set(source.file, fold(readFileSync(join(dir, source.file), 'utf8')));
			} catch {
				texts.set(source.file, null);
				problems.push(`source ${source.id}: file ${source.file} not found in ${dir}`);
			}
		}
		const text = texts.get(source.file);
		if (text && !text.includes(fold(quote))) problems.push(`${owner} cites ${source.id} (${source.file}): "${quote}"`);
	};
	for (const figure of data.figures)
		for (const ref of figure.sources) check(ref.source, ref.quote, `figure ${figure.id}`);
	for (const claim of data.claims) check(claim.source, claim.quote, `claim ${claim.id}`);
	return problems;
}

/** Claims that do not reproduce and are not flagged, flagged claims without a note, and flagged claims that do. */
export function claimProblems(data: Dataset): string[] {
	return data.claims.flatMap((claim) => {
		const check = checkClaim(data, claim);
		const computed = check.computed === null ? 'cannot be computed' : `computed ${check.computed.toFixed(3)}`;
		if (claim.reproduces === false) {
			if (!claim.note?.trim()) return [`${claim.id}: flagged as not reproducing but has no note`];
			return check.reproduces
				? [`${claim.id}: flagged as not reproducing, but it does (${computed}, stated ${claim.stated})`]
				: [];
		}
		return check.reproduces
			? []
			: [`${claim.id}: stated ${claim.qualifier} ${claim.stated}, ${computed} from ${claim.figures.join(', ')}`];
	});
}

/** Two reports of one key that differ, other than one restating the other at another precision. */
function disagree(a: Dataset['figures'][number], b: Dataset['figures'][number]): boolean {
	if (a.value === b.value && a.unit === b.unit && a.qualifier === b.qualifier) return false;
	return a.corroborates !== b.id && b.corroborates !== a.id;
}

/** Pairs of figures with one key and different values that no documented conflict names together. */
export function undocumentedConflicts(data: Dataset): string[] {
	const documented = data.conflicts.map((c) => new Set(c.figures));
	const byKey = new Map<string, Dataset['figures']>();
	for (const figure of data.figures) byKey.set(figureKey(figure), [...(byKey.get(figureKey(figure)) ?? []), figure]);
	const undocumented: string[] = [];
	for (const [key, group] of byKey) {
		group.forEach((a, i) => {
			for (const b of group.slice(i + 1)) {
				if (disagree(a, b) && !documented.some((set) => set.has(a.id) && set.has(b.id)))
					undocumented.push(`${key}: ${a.id} (${a.value}) vs ${b.id} (${b.value})`);
			}
		});
	}
	return undocumented;
}

/** As a share (0 to 1), whatever the unit; `null` for a count. */
function asShare(figure: Dataset['figures'][number]): number | null {
	if (figure.unit === 'share') return figure.value;
	if (figure.unit === 'percent') return figure.value / 100;
	return null;
}

/** Whether an exact share `gap` away from a held share fits the held share's qualifier. */
function shareAgrees(qualifier: string, gap: number): boolean {
	if (qualifier === 'more-than' || qualifier === 'over') return gap > 0;
	if (qualifier === 'almost' || qualifier === 'nearly') return gap <= 0 && gap >= -0.05;
	return Math.abs(gap) <= 0.05;
}

/**
 * Figures that corroborate another (83% beside "four in five") but do not agree with it: the exact share must lie
 * where the held figure's qualifier puts it (within 0.05 of an exact or "about" share, above a "more than" one, at
 * most 0.05 below an "almost" or "nearly" one).
 */
export function corroborationProblems(data: Dataset): string[] {
	const byId = new Map(data.figures.map((f) => [f.id, f]));
	return data.figures.flatMap((figure) => {
		if (!figure.corroborates) return [];
		const held = byId.get(figure.corroborates);
		const exact = asShare(figure);
		const rounded = held ? asShare(held) : null;
		if (!held || exact === null || rounded === null)
			return [`${figure.id}: corroborates ${figure.corroborates}, which is not a share`];
		return shareAgrees(held.qualifier, exact - rounded)
			? []
			: [
					`${figure.id} (${figure.value} ${figure.unit}) does not agree with ${held.id} (${held.qualifier} ${held.value} ${held.unit})`,
				];
	});
}
