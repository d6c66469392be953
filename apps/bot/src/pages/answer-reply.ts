import type { Answer, ComparisonData, Signposting } from '@signpost-uk/domain';
import type { Outcome } from '../commands/command-context.js';
import type { MessageDraft } from '../util/respond.js';
import { answerMessage } from './answer-message.js';
import { type Asked, askQuestion } from './ask-question.js';
import { helpFirstMessage } from './help-first-message.js';
import { notFoundMessage } from './not-found-message.js';
import type { Question, View } from './question.js';
import type { ReplyContext } from './reply-context.js';

/** A reply as drafted, before the boundary, with the outcome to log. */
export interface DraftedReply {
	readonly draft: MessageDraft;
	readonly outcome: Outcome;
	/** The help that fits this reply (a help-first answer's), instead of the context's. */
	readonly help?: Signposting;
}

function outcomeOf(answer: Answer): Outcome {
	if (answer.status === 'found') return 'ok';
	if (answer.status === 'help-first') return 'help-first';
	return answer.reason === 'invalid-year' ? 'invalid' : 'not-found';
}

/**
 * A comparison's areas, year and measure as ids. Two names one force polices are one row: the buttons name that force
 * twice, so a press still compares (and still says the names led to one force) instead of asking with a name missing.
 */
function compareQuestion(data: ComparisonData): Pick<Question, 'area' | 'with' | 'year' | 'measure'> {
	const [first, second] = data.rows;
	const other = second?.area.id ?? data.sharedForces[0]?.area.id;
	return {
		...(first ? { area: first.area.id } : {}),
		...(other ? { with: other } : {}),
		year: data.year,
		measure: data.measure.id,
	};
}

/** The question a found answer answers, in registry ids, so its buttons never carry what was typed. */
function questionOf(
	asked: Asked,
	answer: Answer & { status: 'found' },
	view: View,
	page: number,
	isPrivate: boolean,
): Question {
	const base = { command: asked.command, view, page, private: isPrivate } as const;
	switch (answer.kind) {
		case 'figures':
			return {
				...base,
				area: answer.data.area.id,
				// No year asked: the buttons ask again for the latest, so Sources and Caveats answer the same question
				// (with no year, other measures show their own latest years).
				...(asked.year?.trim() ? { year: answer.data.year } : {}),
				...(asked.measure ? { measure: answer.data.figures[0]?.measure.id ?? asked.measure } : {}),
			};
		case 'series':
			return { ...base, area: answer.data.area.id, measure: answer.data.measure.id };
		case 'compare':
			return { ...base, ...compareQuestion(answer.data) };
		case 'national':
			return {
				...base,
				...(asked.year?.trim() ? { year: answer.data.year } : {}),
				...(asked.measure ? { measure: answer.data.figures[0]?.measure.id ?? asked.measure } : {}),
			};
	}
}

/**
 * Answers a question (from a slash command or a button) as a message draft: the first page of the asked view
 * when figures are found, or the short private "no figure" reply. `privately` is the `private` option
 * (undefined when not given): a found answer is public unless asked, a not-found reply private unless asked.
 *
 * @example
 * ```ts
 * answerReply({ command: 'figures', area: 'Kent' }, context, { privately: undefined }).outcome; // "ok"
 * ```
 */
export function answerReply(
	asked: Asked,
	context: ReplyContext,
	options: { readonly privately: boolean | undefined; readonly view?: View; readonly page?: number },
): DraftedReply {
	const answer = askQuestion(context.dataset, asked);
	if (answer.status === 'help-first') {
		const locale = context.locale === 'cy' || answer.language === 'cy' ? 'cy' : 'en';
		return { draft: helpFirstMessage(answer, answer.help, locale), outcome: 'help-first', help: answer.help };
	}
	if (answer.status === 'not-found')
		return {
			draft: notFoundMessage(answer, options.privately !== false, context.locale),
			outcome: outcomeOf(answer),
		};
	const question: Question = {
		...questionOf(asked, answer, options.view ?? 'answer', options.page ?? 0, options.privately === true),
		// A Welsh reply's buttons carry its language, so a press answers in Welsh too.
		...(context.locale === 'cy' ? { locale: 'cy' as const } : {}),
	};
	return { draft: answerMessage(question, answer, context), outcome: 'ok' };
}
