import type { Answer } from './answer.js';

/**
 * Every caveat sentence an answer carries, each once: the measure caveats said beside its figures (in the order the
 * figures are shown), then its standing caveats. A surface that shows caveats on their own page (the bot's Caveats
 * button, a docs page's Caveats section) uses this, so it says the same caveats as the rendered answer.
 *
 * @example
 * ```ts
 * answerCaveats(getFigures(dataset, { area: 'Surrey' }));
 * // ["An outcome counts how an investigation ended, ...", "A charge or summons is not a conviction.", "Recorded offences are ..."]
 * ```
 */
export function answerCaveats(answer: Answer): string[] {
	const measure: string[] = [];
	if (answer.status === 'found') {
		switch (answer.kind) {
			case 'figures': {
				const d = answer.data;
				const groups = [...(d.headline ? [d.headline] : []), ...d.otherMeasures, ...d.context];
				measure.push(...groups.flatMap((g) => g.caveats), ...d.spanCaveats);
				break;
			}
			case 'series':
			case 'compare':
				measure.push(...answer.data.measureCaveats);
				break;
			case 'national':
				measure.push(...answer.data.groups.flatMap((g) => g.caveats));
				break;
		}
	}
	return [...new Set([...measure, ...answer.caveats])];
}
