/** What {@link captureOutput} holds: everything written since it began, and how to put the output back. */
export interface CapturedOutput {
	/** Each console call's arguments joined by spaces, and each chunk written to stdout or stderr. */
	readonly written: string[];
	/** Puts the console's methods and the streams' `write` back as they were. */
	readonly restore: () => void;
}

/** The console methods a surface could write a person's words with. */
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

/**
 * Catches every way text can leave the process while a surface runs, in process: the console and the standard
 * streams, until `restore`. A privacy test expects `written` to stay empty (or free of a person's words).
 *
 * @example
 * ```ts
 * const output = captureOutput();
 * try {
 *   getFigures(dataset, { area: PRIVATE_PHRASE });
 * } finally {
 *   output.restore();
 * }
 * output.written; // []
 * ```
 */
export function captureOutput(): CapturedOutput {
	const written: string[] = [];
	const restores: (() => void)[] = [];
	for (const method of CONSOLE_METHODS) {
		const original = console[method];
		console[method] = (...args: unknown[]) => void written.push(args.join(' '));
		restores.push(() => {
			console[method] = original;
		});
	}
	for (const stream of [process.stdout, process.stderr]) {
		const original = stream.write;
		stream.write = ((chunk: unknown) => {
			written.push(String(chunk));
			return true;
		}) as typeof stream.write;
		restores.push(() => {
			stream.write = original;
		});
	}
	return {
		written,
		restore: () => {
			for (const restore of restores) restore();
		},
	};
}
