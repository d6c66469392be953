import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { formatAnswer, type PersonSpeaking } from '@signpost-uk/sdk';
import { z } from 'zod';
import { helpFirstContent } from './answer-result.js';
import { helpOutput } from './help-output.js';
import { personInArguments } from './person-in-arguments.js';
import type { SignpostApi, SignpostTool } from './signpost-tool.js';
import { toCallToolResult, withHelpLines } from './tool-result.js';

function errorResult(message: string): CallToolResult {
	const help = helpOutput();
	return toCallToolResult(
		{ text: withHelpLines([message], help), structured: { status: 'error', message, help } },
		true,
	);
}

/**
 * The help-first result, a normal result (not an error) in the tool's own output shape: with the answer's kind and no
 * caveats for a query tool, as the SDK's help-first answer has them.
 */
function helpFirstResult(tool: SignpostTool | undefined, speaking: PersonSpeaking): CallToolResult {
	const structured = {
		...helpFirstContent(speaking),
		...(tool?.answerKind ? { kind: tool.answerKind, caveats: [] } : {}),
	};
	return toCallToolResult({ text: formatAnswer(speaking, { format: 'text' }), structured });
}

/** Each problem as "path: message". zod's messages name the expected type or limit, never the value given. */
function describeIssues(error: z.ZodError): string {
	return error.issues
		.map((issue) => `${issue.path.length ? issue.path.join('.') : 'arguments'}: ${issue.message}`)
		.join('; ');
}

/**
 * Answers one `tools/call`. First, any string in the arguments as they arrived that reads as a person speaking gets
 * the help-first result (`personInArguments`), whatever else is wrong with the call: a wrong type, a missing field, a
 * field the tool does not take, a tool that does not exist. Not-found answers are normal results; arguments that do
 * not fit the tool's input schema, an unknown tool and an internal failure are tool errors (`isError`), each with the
 * help lines in its text and its structured content. Nothing the person asked is logged or echoed in any result.
 *
 * @param tools - the tools by name
 * @param signpost - the SDK API to answer from
 * @param name - the tool called
 * @param args - its arguments as sent
 * @returns the tool result
 * @example
 * ```ts
 * callTool(toolsByName, api, 'get_figures', { area: 'Derbyshire' }).structuredContent?.help;
 * ```
 */
export function callTool(
	tools: ReadonlyMap<string, SignpostTool>,
	signpost: SignpostApi,
	name: string,
	args: unknown,
): CallToolResult {
	const tool = tools.get(name);
	const person = personInArguments(args, (text, options) => signpost.searchAreas(text, options));
	if (person) return helpFirstResult(tool, person);
	if (!tool) return errorResult(`Unknown tool. The tools are: ${[...tools.keys()].join(', ')}.`);
	const parsed = tool.input.safeParse(args ?? {});
	if (!parsed.success) return errorResult(`Invalid arguments for ${tool.name}: ${describeIssues(parsed.error)}`);
	let result: ReturnType<SignpostTool['run']>;
	try {
		result = tool.run(parsed.data, signpost);
	} catch {
		return errorResult(`${tool.name} could not answer because of an internal error.`);
	}
	const checked = tool.output.safeParse(result.structured);
	if (!checked.success) return errorResult(`${tool.name} could not answer because of an internal error.`);
	return toCallToolResult(result);
}

/**
 * A tool's input or output schema as the JSON Schema MCP lists (draft 7, as the MCP SDK itself writes).
 *
 * @example
 * ```ts
 * toolJsonSchema(getFiguresTool.input, 'input').required; // ["area"]
 * ```
 */
export function toolJsonSchema(schema: z.ZodType, io: 'input' | 'output') {
	const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { target: 'draft-7', io });
	return { ...json, type: 'object' as const };
}
