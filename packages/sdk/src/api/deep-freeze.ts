/** Objects already frozen through and through: a cached answer body is walked once, not on every answer. */
const frozen = new WeakSet<object>();

/**
 * Freezes a value and everything it holds, so a caller cannot change the dataset or a cached answer and with it every
 * later answer. Returns the same value, typed as before.
 *
 * @param value - an answer, a list or the dataset
 * @returns the value, frozen
 * @example
 * ```ts
 * const areas = deepFreeze([{ id: 'derbyshire' }]);
 * Object.isFrozen(areas[0]); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
	if (typeof value !== 'object' || value === null || frozen.has(value)) return value;
	frozen.add(value);
	for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
	Object.freeze(value);
	return value;
}
