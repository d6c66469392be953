import { type Answer, compareAreas, type Dataset, getFigures, getNational, getSeries } from '@signpost-uk/domain';
import type { Question } from './question.js';

/** What is asked: a command's options, typed by a user (resolved by the domain) or carried by a button (ids). */
export interface Asked {
	readonly command: Exclude<Question['command'], 'sources'>;
	readonly area?: string | undefined;
	readonly with?: string | undefined;
	readonly year?: string | undefined;
	readonly measure?: string | undefined;
}

/**
 * Asks the domain the question a reply or a button carries. The options are registry ids or, from a slash
 * command, what was typed (the domain resolves and never echoes it).
 *
 * @example
 * ```ts
 * askQuestion(dataset, { command: 'figures', area: 'kent' }).status; // "found"
 * ```
 */
export function askQuestion(dataset: Dataset, question: Asked): Answer {
	switch (question.command) {
		case 'figures':
			return getFigures(dataset, { area: question.area ?? '', year: question.year, measure: question.measure });
		case 'compare':
			return compareAreas(dataset, {
				areas: [question.area ?? '', question.with ?? ''],
				year: question.year,
				measure: question.measure,
			});
		case 'trend':
			return getSeries(dataset, { area: question.area ?? '', measure: question.measure });
		case 'national':
			return getNational(dataset, { year: question.year, measure: question.measure });
	}
}
