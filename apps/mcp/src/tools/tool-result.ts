import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { HelpOutputValue } from './output-schemas.js';

/**
 * A tool's answer: the text for the person (ending with the help lines) and the same answer as structured content
 * (with its `help` field).
 *
 * @example
 * ```ts
 * const result: ToolResult = { text: '…', structured: { status: 'found', help } };
 * ```
 */
export interface ToolResult {
	readonly text: string;
	readonly structured: { readonly help: HelpOutputValue } & Record<string, unknown>;
}

/**
 * Text that ends with the help lines: the body, a blank line, then one line per help service. Used where the SDK has
 * no renderer of its own (area searches, sources, the help lines alone); answers use the SDK's `formatAnswer`, which
 * ends with them already.
 *
 * @example
 * ```ts
 * withHelpLines(['- Derbyshire'], helpOutput()); // "- Derbyshire\n\n- Childline: 0800 1111 …"
 * ```
 */
export function withHelpLines(body: readonly string[], help: HelpOutputValue): string {
	return [...body, ...(body.length ? [''] : []), ...help.lines].join('\n');
}

/**
 * A tool result as MCP sends it.
 *
 * @example
 * ```ts
 * toCallToolResult(result).structuredContent?.help;
 * ```
 */
export function toCallToolResult(result: ToolResult, isError = false): CallToolResult {
	return {
		content: [{ type: 'text', text: result.text }],
		structuredContent: { ...result.structured },
		...(isError ? { isError: true } : {}),
	};
}
