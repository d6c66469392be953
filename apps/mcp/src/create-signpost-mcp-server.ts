import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import {
	compareAreas,
	getDataset,
	getFigures,
	getNational,
	getSeries,
	listSources,
	listYears,
	searchAreas,
} from '@signpost-uk/sdk';
import { version } from '../package.json';
import { registerAnswerPrompt } from './prompts/answer-area-question.js';
import { registerResources } from './resources/register-resources.js';
import { callTool, toolJsonSchema } from './tools/call-tool.js';
import { RESPONSIBLE_USE } from './tools/responsible-use.js';
import type { SignpostApi } from './tools/signpost-tool.js';
import { SIGNPOST_TOOLS } from './tools/signpost-tools.js';

/**
 * How {@link createSignpostMcpServer} builds a server.
 *
 * @example
 * ```ts
 * const options: SignpostMcpServerOptions = { signpost: createSignpost({ dataset }) };
 * ```
 */
export interface SignpostMcpServerOptions {
	/** The SDK API to answer from: by default the bundled dataset; `createSignpost({ dataset })` for another. */
	signpost?: SignpostApi | undefined;
}

const BUNDLED: SignpostApi = {
	getFigures,
	getSeries,
	compareAreas,
	getNational,
	searchAreas,
	listYears,
	listSources,
	getDataset,
};

/**
 * An MCP server that answers questions about UK police-recorded child sexual offence figures with Signpost's cited
 * figures and help lines: seven tools (`get_figures`, `get_series`, `compare_areas`, `get_national`, `search_areas`,
 * `list_sources`, `get_help`), the methodology, the dataset and its Data Package as resources, and a prompt for answering a question about
 * an area. Every tool result carries Childline 0800 1111, the NSPCC Helpline 0808 800 5000 and 999, in its text and
 * its structured content. Connect it to any transport; nothing a person asks is logged.
 *
 * @param options - the dataset to answer from (default: the SDK's bundled dataset)
 * @returns the server, not yet connected
 * @example
 * ```ts
 * import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
 * import { createSignpostMcpServer } from '@signpost-uk/mcp';
 *
 * await createSignpostMcpServer().connect(new StdioServerTransport());
 * ```
 */
export function createSignpostMcpServer(options: SignpostMcpServerOptions = {}): McpServer {
	const signpost = options.signpost ?? BUNDLED;
	const server = new McpServer(
		{ name: 'signpost', title: 'Signpost', version },
		{
			instructions: `Signpost answers questions about UK police-recorded child sexual offence figures. ${RESPONSIBLE_USE}`,
		},
	);
	const tools = new Map(SIGNPOST_TOOLS.map((tool) => [tool.name, tool]));
	// Tools are served through the low-level handlers so that arguments that fail validation get Signpost's own tool
	// error, with the help lines, instead of the MCP SDK's bare message.
	server.server.registerCapabilities({ tools: { listChanged: false } });
	server.server.setRequestHandler(ListToolsRequestSchema, () => ({
		tools: SIGNPOST_TOOLS.map((tool) => ({
			name: tool.name,
			title: tool.title,
			description: tool.description,
			inputSchema: toolJsonSchema(tool.input, 'input'),
			outputSchema: toolJsonSchema(tool.output, 'output'),
			annotations: tool.annotations,
		})),
	}));
	server.server.setRequestHandler(CallToolRequestSchema, (request) =>
		callTool(tools, signpost, request.params.name, request.params.arguments),
	);
	registerResources(server, () => signpost.getDataset());
	registerAnswerPrompt(server);
	return server;
}
