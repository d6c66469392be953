import { DISCORD_LIMITS } from '../util/constants.js';

/** One option as the core reads it from a payload: only the name, value and focus, checked at runtime. */
export interface ReadOption {
	readonly name: string;
	readonly value: unknown;
	readonly focused: boolean;
}

/** Options read from an interaction, by name. */
export interface OptionReader {
	/** A string option's value, cut to `maxLength`, or undefined when missing or not a string. */
	string(name: string, maxLength?: number): string | undefined;
	/** A boolean option's value, or undefined when missing or not a boolean. */
	boolean(name: string): boolean | undefined;
	/** The option the user is typing in (autocomplete), if any. */
	focused(): ReadOption | undefined;
	/** Whether an option of this name is present at all, with any value. */
	has(name: string): boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

function collect(raw: unknown): ReadOption[] {
	if (!Array.isArray(raw)) return [];
	const out: ReadOption[] = [];
	for (const item of raw.slice(0, DISCORD_LIMITS.commandOptions)) {
		if (!isRecord(item) || typeof item.name !== 'string') continue;
		out.push({ name: item.name, value: item.value, focused: item.focused === true });
	}
	return out;
}

/**
 * Reads the options of an interaction's `data` without trusting its shape: anything that is not the expected type
 * reads as missing. Values are never logged or echoed; they only go to the domain's lookups.
 *
 * @example
 * ```ts
 * const options = readOptions(interaction.data);
 * options.string('area'); // "Derbyshire"
 * ```
 */
export function readOptions(data: unknown): OptionReader {
	const options = collect(isRecord(data) ? data.options : undefined);
	const find = (name: string) => options.find((option) => option.name === name);
	return {
		string(name, maxLength = 200) {
			const value = find(name)?.value;
			return typeof value === 'string' ? value.slice(0, maxLength) : undefined;
		},
		boolean(name) {
			const value = find(name)?.value;
			return typeof value === 'boolean' ? value : undefined;
		},
		focused: () => options.find((option) => option.focused),
		has: (name) => find(name) !== undefined,
	};
}
