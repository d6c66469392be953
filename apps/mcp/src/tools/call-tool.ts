import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { helpOutput } from './help-output.js';
import type { SignpostApi, SignpostTool } from './signpost-tool.js';
import { toCallToolResult, withHelpLines } from './tool-result.js';

function errorResult(message: string): CallToolResult {
	const help = helpOutput();
	return toCallToolResult(
		{ text: withHelpLines([message], help), structured: { status: 'error', message, help } },
		true,
	);
}

/** Each problem as "path: message". zod's messages name the expected type or limit, never the value given. */
function describeIssues(error: z.ZodError): string {
	return error.issues
		.map((issue) => `${issue.path.length ? issue.path.join('.') : 'arguments'}: ${issue.message}`)
		.join('; ');
}

/**
 * Answers one `tools/call`. Not-found answers are normal results; arguments that do not fit the tool's input schema,
 * an unknown tool and an internal failure are tool errors (`isError`), each with the help lines in its text and its
 * structured content. Nothing the person asked is logged or echoed in an error.
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
