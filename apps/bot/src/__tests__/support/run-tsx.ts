import { spawn } from 'node:child_process';

/** How a script run by {@link runTsx} ended: its exit code and everything it wrote. */
export interface ScriptRun {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

/**
 * Runs a TypeScript file in a child Node process with tsx, asynchronously (so a fake server in the test's process can
 * answer it), with no input, and resolves with its exit code and what it wrote to stdout and stderr.
 *
 * @example
 * ```ts
 * const { code, stdout } = await runTsx('src/deploy-commands.ts', ['--dry-run'], { cwd: BOT_ROOT });
 * ```
 */
export function runTsx(
	script: string,
	args: readonly string[] = [],
	options: { readonly cwd?: string; readonly env?: NodeJS.ProcessEnv } = {},
): Promise<ScriptRun> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
			...options,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk) => {
			stdout += chunk;
		});
		child.stderr.on('data', (chunk) => {
			stderr += chunk;
		});
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}
