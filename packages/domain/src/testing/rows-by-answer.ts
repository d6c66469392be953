// A test table written answer first: each answer with the inputs that give it, for tables where many inputs share an
// answer (the words for one measure, the ways of writing one year).

/**
 * The `[input, answer]` rows for `it.each` from a table of answers and the inputs that give each, in order.
 *
 * @param table - each answer with the inputs that give it (answers are non-numeric keys, so their order holds)
 * @returns one row an input
 * @example
 * ```ts
 * rowsByAnswer({ latest: ['latest', 'newest'], '2019/20': ['March 2020'] });
 * // [['latest', 'latest'], ['newest', 'latest'], ['March 2020', '2019/20']]
 * ```
 */
export function rowsByAnswer<Answer extends string>(
	table: Readonly<Record<Answer, readonly string[]>>,
): [input: string, answer: Answer][] {
	return (Object.entries(table) as [Answer, readonly string[]][]).flatMap(([answer, inputs]) =>
		inputs.map((input): [string, Answer] => [input, answer]),
	);
}
