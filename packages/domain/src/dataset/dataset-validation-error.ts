import type { z } from 'zod';
import { formatIssues } from './format-issues.js';

/**
 * Thrown when a dataset does not validate. `issues` holds each problem with its path.
 *
 * @example
 * ```ts
 * try { createDataset(json); } catch (error) { if (error instanceof DatasetValidationError) console.error(error.message); }
 * ```
 */
export class DatasetValidationError extends Error {
	public override readonly name = 'DatasetValidationError';
	public readonly issues: readonly z.core.$ZodIssue[];

	public constructor(issues: readonly z.core.$ZodIssue[]) {
		super(`The dataset does not validate:\n${formatIssues(issues)}`);
		this.issues = issues;
	}
}
