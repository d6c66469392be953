import { type Answer, formatAnswer, type NotFoundAnswer } from '@signpost-uk/sdk';
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
		suggestions: answer.suggestions.map((s) => ({ id: s.id, name: s.name })),
		yearsHeld: [...answer.yearsHeld],
	};
}

/**
 * An answer as a tool result: the SDK's text rendering (figures with sources, caveats, any conflict, and the help
 * lines last) and the structured content built by the tool.
 *
 * @example
 * ```ts
 * answerResult(answer, notFoundContent(answer));
 * ```
 */
export function answerResult(answer: Answer, structured: ToolResult['structured']): ToolResult {
	return { text: formatAnswer(answer, { format: 'text' }), structured };
}
