// @signpost-uk/mcp: an MCP server that answers with Signpost's cited figures and help lines.

export { createSignpostMcpServer, type SignpostMcpServerOptions } from './create-signpost-mcp-server.js';
export { ANSWER_PROMPT_NAME, answerPromptText } from './prompts/answer-area-question.js';
export { DATA_PACKAGE_URI, RESOURCE_URIS } from './resources/register-resources.js';
export type { SignpostApi, SignpostTool } from './tools/signpost-tool.js';
export { SIGNPOST_TOOLS } from './tools/signpost-tools.js';
