// The help numbers every output must carry, written out here (not imported from the signposting code) so a test
// fails if the code's numbers ever change.

/** Childline, the NSPCC Helpline and the emergency number, in the order every reply lists them. */
export const HELP_NUMBERS = ['0800 1111', '0808 800 5000', '999'] as const;

/**
 * The help numbers a text does not carry, or that it lists out of order (Childline, then the NSPCC Helpline, then
 * 999): `[]` when all three are there in order.
 *
 * @example
 * ```ts
 * expect(missingHelpNumbers(renderText(answer))).toEqual([]);
 * missingHelpNumbers('Childline 0800 1111'); // ["0808 800 5000", "999"]
 * ```
 */
export function missingHelpNumbers(text: string): string[] {
	const missing: string[] = [];
	let from = 0;
	for (const number of HELP_NUMBERS) {
		// the number on its own, not part of a longer one ("1,999", "0800 11112")
		const pattern = new RegExp(`(?<![\\d,.])${number}(?![\\d,])`, 'g');
		pattern.lastIndex = from;
		const match = pattern.exec(text);
		if (match) from = match.index + number.length;
		else missing.push(number);
	}
	return missing;
}
