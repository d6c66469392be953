/**
 * The four nations of the UK, in the order answers list them. A plain constant (no schema library), so code that
 * only needs the list does not load zod at run time.
 *
 * @example
 * ```ts
 * NATIONS.includes('wales'); // true
 * ```
 */
export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
