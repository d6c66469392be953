/** The JSON text of each frozen object already written, for as long as the object lives (and no longer). */
const written = new WeakMap<object, string>();

function writeObject(value: object): string {
	if (Array.isArray(value)) return `[${value.map((item) => writeValue(item) ?? 'null').join(',')}]`;
	const parts: string[] = [];
	for (const [key, item] of Object.entries(value)) {
		const text = writeValue(item);
		if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
	}
	return `{${parts.join(',')}}`;
}

function writeValue(value: unknown): string | undefined {
	if (value === null || typeof value !== 'object') return JSON.stringify(value);
	if ('toJSON' in value && typeof value.toJSON === 'function') return JSON.stringify(value);
	const known = written.get(value);
	if (known !== undefined) return known;
	const text = writeObject(value);
	// Only a frozen object cannot change after it is written. The SDK freezes its answers and shares their parts
	// between calls (the same area, figures and sources), so most of an answer is written once.
	if (Object.isFrozen(value)) written.set(value, text);
	return text;
}

/**
 * `JSON.stringify(value)`, the same text, but the text of each frozen object is kept (in a WeakMap, so only while
 * the object itself is kept) and reused: the SDK's answers share frozen parts between calls, so a figures answer is
 * mostly written once. It keeps nothing a person typed beyond the life of the SDK's own objects.
 *
 * @param value - any JSON value (objects, arrays, strings, numbers, booleans, null)
 * @example
 * ```ts
 * frozenJson(getFigures({ area: 'Derbyshire' })) === JSON.stringify(getFigures({ area: 'Derbyshire' })); // true
 * ```
 */
export function frozenJson(value: unknown): string {
	return writeValue(value) ?? 'null';
}
