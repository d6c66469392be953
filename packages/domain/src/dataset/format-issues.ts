import type { z } from 'zod';

/**
 * Formats zod issues as one line each: the path in dot-and-bracket form, then the problem.
 *
 * @example
 * ```ts
 * formatIssues(result.error.issues); // "figures[3].area: unknown area \"kent-police\""
 * ```
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
	return issues
		.map((issue) => {
			const path = issue.path
				.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
				.join('');
			return `${path || '(root)'}: ${issue.message}`;
		})
		.join('\n');
}
