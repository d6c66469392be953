import { parseArgs } from 'node:util';
import { z } from 'zod';

/** The command line, validated: how the server listens. */
export const CommandLineSchema = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('stdio') }),
	z.object({
		kind: z.literal('http'),
		host: z.string().min(1).max(255),
		port: z.coerce.number().int().min(0).max(65_535),
	}),
	z.object({ kind: z.literal('help') }),
	z.object({ kind: z.literal('version') }),
	z.object({ kind: z.literal('usage-error'), message: z.string() }),
]);

export type CommandLine = z.infer<typeof CommandLineSchema>;

/** Where `--http` listens unless told otherwise: loopback only. */
export const DEFAULT_HOST = '127.0.0.1';
/** The port `--http` listens on unless told otherwise. */
export const DEFAULT_PORT = 3_000;

/** The usage text for `signpost-mcp --help`. */
export const USAGE = `Usage: signpost-mcp [--http] [--host <address>] [--port <number>]

Runs the Signpost MCP server. By default it speaks MCP over stdio, as an assistant starts it.
  --http             serve Streamable HTTP at /mcp instead
  --host <address>   address to listen on with --http (default ${DEFAULT_HOST}, loopback only)
  --port <number>    port to listen on with --http (default ${DEFAULT_PORT}; 0 picks a free port)
  --version          print the version
  --help             print this text`;

/** What was wrong with the command line, in words that never repeat what was typed. */
function unreadable(error: unknown): string {
	const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
	if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return 'signpost-mcp takes options only, no other arguments.';
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
		return 'An option is missing its value, or has one it does not take.';
	return 'Unknown option. The options are --http, --host, --port, --version and --help.';
}

/**
 * Reads `signpost-mcp`'s arguments. The only configuration is the command line: no environment variable is read. A
 * usage error's message never repeats what was typed (it is written to stderr).
 *
 * @param argv - the arguments after the binary name
 * @returns how to run, or a usage error
 * @example
 * ```ts
 * parseOptions(['--http', '--port', '0']); // { kind: 'http', host: '127.0.0.1', port: 0 }
 * ```
 */
export function parseOptions(argv: readonly string[]): CommandLine {
	let values: { http?: boolean; host?: string; port?: string; help?: boolean; version?: boolean };
	try {
		({ values } = parseArgs({
			args: [...argv],
			options: {
				http: { type: 'boolean' },
				host: { type: 'string' },
				port: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
				version: { type: 'boolean', short: 'v' },
			},
			strict: true,
			allowPositionals: false,
		}));
	} catch (error) {
		// Node's own message quotes the argument; ours never repeats what was typed.
		return { kind: 'usage-error', message: unreadable(error) };
	}
	if (values.help) return { kind: 'help' };
	if (values.version) return { kind: 'version' };
	if (!values.http) {
		if (values.host !== undefined || values.port !== undefined)
			return { kind: 'usage-error', message: '--host and --port only apply with --http.' };
		return { kind: 'stdio' };
	}
	const parsed = CommandLineSchema.safeParse({
		kind: 'http',
		host: values.host ?? DEFAULT_HOST,
		port: values.port ?? DEFAULT_PORT,
	});
	if (!parsed.success) return { kind: 'usage-error', message: '--port takes a whole number from 0 to 65535.' };
	return parsed.data;
}
