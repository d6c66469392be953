import { type Signposting, selectHelp } from '@signpost-uk/domain';

/**
 * Thrown when an argument cannot be read and the function has no not-found answer to give instead: options that are
 * not `{ help: { audience, topic } }` passed to `listAreas`, `listSources`, `getCoverage` or `getDataset`. Query
 * functions never throw it: they answer `not-found` with reason `invalid-query`. Like every answer, it carries the
 * help lines.
 *
 * @example
 * ```ts
 * try {
 *   listAreas({ help: { audience: 'martian' } } as never);
 * } catch (error) {
 *   if (error instanceof SignpostInputError) console.error(error.input, error.help.services[0].phone);
 * }
 * ```
 */
export class SignpostInputError extends TypeError {
	public override readonly name = 'SignpostInputError';
	/** The path of the argument that failed: `options.help.audience`. */
	public readonly input: string;
	/** The help lines: Childline 0800 1111, the NSPCC Helpline 0808 800 5000, 999. */
	public readonly help: Signposting;

	public constructor(input: string, message: string) {
		super(message);
		this.input = input;
		this.help = selectHelp();
	}
}
