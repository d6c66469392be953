import type { LogLevel } from '../env.js';
import { redactSecrets } from './redact-secrets.js';

const LEVEL_RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** A structured log entry: command name, outcome, latency and the like. Never what a user typed. */
export type LogFields = Readonly<Record<string, unknown>>;

/** Writes structured log lines; every line passes through {@link redactSecrets}. No method ever throws. */
export interface Logger {
	debug(message: string, fields?: LogFields): void;
	info(message: string, fields?: LogFields): void;
	warn(message: string, fields?: LogFields): void;
	error(message: string, fields?: LogFields): void;
}

/** Options for {@link createLogger}. */
export interface LoggerOptions {
	readonly level?: LogLevel;
	/** Secret values to redact wherever they appear (the bot token). */
	readonly secrets?: readonly string[];
	/** Where lines go; standard error by default so standard output stays for replies. */
	readonly write?: (line: string) => void;
	readonly now?: () => Date;
}

function describe(value: unknown): unknown {
	if (value instanceof Error) return { name: value.name, message: value.message };
	return value;
}

function line(entry: Record<string, unknown>, fields: LogFields): string {
	try {
		for (const [key, value] of Object.entries(fields)) entry[key] = describe(value);
		return JSON.stringify(entry);
	} catch {
		// A field that cannot be written (too deep, circular, a throwing getter) costs the fields, never the process.
		return JSON.stringify({ time: entry.time, level: entry.level, message: entry.message, fields: 'unloggable' });
	}
}

/**
 * Creates a JSON-lines logger that drops entries below `level` and redacts secrets from every line.
 *
 * @example
 * ```ts
 * const log = createLogger({ level: 'info', secrets: [env.discordToken ?? ''] });
 * log.info('interaction', { command: 'figures', outcome: 'found', latencyMs: 2 });
 * ```
 */
export function createLogger(options: LoggerOptions = {}): Logger {
	const threshold = LEVEL_RANK[options.level ?? 'info'];
	const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
	const now = options.now ?? (() => new Date());
	const secrets = options.secrets ?? [];
	const emit = (level: Exclude<LogLevel, 'silent'>, message: string, fields: LogFields = {}) => {
		if (LEVEL_RANK[level] < threshold) return;
		try {
			const entry: Record<string, unknown> = { time: now().toISOString(), level, message: String(message) };
			write(redactSecrets(line(entry, fields), secrets));
		} catch {
			// Logging never throws: a log line is not worth the process (or a second reply) it could cost.
		}
	};
	return {
		debug: (message, fields) => emit('debug', message, fields),
		info: (message, fields) => emit('info', message, fields),
		warn: (message, fields) => emit('warn', message, fields),
		error: (message, fields) => emit('error', message, fields),
	};
}
