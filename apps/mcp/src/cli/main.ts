import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { getHelplines } from '@signpost-uk/sdk';
import { version } from '../../package.json';
import { createSignpostMcpServer } from '../create-signpost-mcp-server.js';
import { parseOptions, USAGE } from './parse-options.js';
import { serveHttp } from './serve-http.js';

// The `signpost-mcp` command. stdout belongs to the MCP protocol on stdio, so everything else goes to stderr, and only
// startup and failures are written there: never a request, an argument or an answer.

const line = parseOptions(process.argv.slice(2));
switch (line.kind) {
	case 'help':
		process.stdout.write(`${USAGE}\n\n${getHelplines().lines.join('\n')}\n`);
		break;
	case 'version':
		process.stdout.write(`${version}\n`);
		break;
	case 'usage-error':
		process.stderr.write(`${line.message}\n\n${USAGE}\n\n${getHelplines().lines.join('\n')}\n`);
		process.exitCode = 2;
		break;
	case 'stdio':
		await createSignpostMcpServer().connect(new StdioServerTransport());
		break;
	case 'http': {
		const { url } = await serveHttp(line.host, line.port);
		process.stderr.write(`Signpost MCP server listening on ${url}\n`);
		break;
	}
}
