/**
 * The measure a series or an answer shows when none is named: all police-recorded child sexual offences.
 *
 * @example
 * ```ts
 * getSeries(dataset, { area: 'Kent', measure: DEFAULT_MEASURE });
 * ```
 */
export const DEFAULT_MEASURE = 'child-sexual-offences';
