import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import type { AnswerKind, Signpost } from '@signpost-uk/sdk';
import type { z } from 'zod';
import type { ToolResult } from './tool-result.js';

/**
 * The parts of the SDK's API the tools use: the top-level functions (bundled dataset) or `createSignpost({ dataset })`.
 *
 * @example
 * ```ts
 * const api: SignpostApi = createSignpost({ dataset });
 * ```
 */
export type SignpostApi = Pick<
	Signpost,
	| 'getFigures'
	| 'getSeries'
	| 'compareAreas'
	| 'getNational'
	| 'searchAreas'
	| 'listYears'
	| 'listSources'
	| 'getDataset'
>;

/**
 * One MCP tool: its name, what it tells the model, its zod input and output schemas, and how it answers.
 *
 * @example
 * ```ts
 * export const getHelpTool = { name: 'get_help', … } satisfies SignpostTool<typeof GetHelpInput>;
 * ```
 */
export interface SignpostTool<Input extends z.ZodObject = z.ZodObject> {
	readonly name: string;
	readonly title: string;
	readonly description: string;
	readonly input: Input;
	readonly output: z.ZodType;
	readonly annotations: ToolAnnotations;
	/** For a tool over one of the SDK's queries, the answer's kind: its help-first result carries it, as the SDK's does. */
	readonly answerKind?: AnswerKind;
	run(args: z.infer<Input>, signpost: SignpostApi): ToolResult;
}

/** Every Signpost tool only reads the dataset: nothing is written, nothing outside is called. */
export const READ_ONLY: ToolAnnotations = {
	readOnlyHint: true,
	destructiveHint: false,
	idempotentHint: true,
	openWorldHint: false,
};
