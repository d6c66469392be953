import { type Answer, formatAnswer, type NotFoundAnswer, type PersonSpeaking } from '@signpost-uk/sdk';
import { helpOutput } from './help-output.js';
import type { ToolResult } from './tool-result.js';

/**
 * The fields every answer tool's structured content shares: status, kind, caveats and help; and for a not-found answer
 * (a normal result, never an error) the reason, message, suggestions and the years held.
 *
 * @example
 * ```ts
 * answerBase(getFigures({ area: 'Kent', year: '2030/31' })).reason; // "year-outside-dataset"
 * ```
 */
export function answerBase<Kind extends Answer['kind']>(answer: {
	readonly kind: Kind;
	readonly help: Answer['help'];
	readonly caveats: readonly string[];
}) {
	const help = helpOutput({ audience: answer.help.audience, topic: answer.help.topic });
	return { kind: answer.kind, caveats: [...answer.caveats], help };
}

/**
 * A not-found answer's structured content.
 *
 * @example
 * ```ts
 * notFoundOutput(answer).reason; // "unknown-area"
 * ```
 */
export function notFoundContent<Kind extends Answer['kind']>(answer: NotFoundAnswer<Kind>) {
	return {
		status: 'not-found' as const,
		...answerBase(answer),
		reason: answer.reason,
		message: answer.message,
		...(answer.input === undefined ? {} : { input: answer.input }),
		suggestions: answer.suggestions.map((s) => ({ id: s.id, name: s.name })),
		yearsHeld: [...answer.yearsHeld],
	};
}

/**
 * The structured content of a help-first result (a person speaking): what they may be telling, the argument it came
 * in, and the help chosen for it (Samaritans for suicide, Meic in Welsh); never their words.
 *
 * @example
 * ```ts
 * helpFirstContent(searchAreas('help me')).status; // "help-first"
 * ```
 */
export function helpFirstContent(speaking: PersonSpeaking) {
	const { audience, topics, nation } = speaking.help;
	return {
		status: 'help-first' as const,
		concerns: [...speaking.concerns],
		language: speaking.language,
		input: speaking.input,
		help: helpOutput({ audience, topics, nation }),
	};
}

/** The data of a found answer. */
type FoundOf<A extends Answer> = Extract<A, { status: 'found' }>;

/**
 * An answer as a tool result: the SDK's text rendering (figures with sources, caveats, any conflict, and the help
 * lines last) and the structured content. A not-found answer becomes a normal result with its reason, message and
 * suggestions; a found one gets the shared fields plus what `found` builds from its data.
 *
 * @param answer - the SDK's answer
 * @param found - the tool's own structured fields for a found answer
 * @returns the tool result
 * @example
 * ```ts
 * answerResult(getNational({}), ({ data }) => ({ year: data.year, figures: data.figures.map(figureOutput) }));
 * ```
 */
export function answerResult<A extends Answer>(answer: A, found: (answer: FoundOf<A>) => object): ToolResult {
	const text = formatAnswer(answer, { format: 'text' });
	if (answer.status === 'help-first')
		return { text, structured: { ...helpFirstContent(answer), kind: answer.kind, caveats: [...answer.caveats] } };
	if (answer.status === 'not-found') return { text, structured: notFoundContent(answer) };
	const data = found(answer as FoundOf<A>);
	return { text, structured: { status: 'found', ...answerBase(answer), ...data } };
}
