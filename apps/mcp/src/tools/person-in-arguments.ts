import type { PersonSpeaking } from '@signpost-uk/sdk';
import { HelpSelectionShape } from './input-schemas.js';
import type { SignpostApi } from './signpost-tool.js';

/** A tool's arguments' fields, a list's items and a breakdown's values: two levels below the arguments, no deeper. */
const MAX_DEPTH = 2;
/** The most strings read from one call's arguments: far more than any tool takes, so a huge call costs little. */
const MAX_STRINGS = 64;

/**
 * Every string in a tool's arguments as they arrived, by path (`area`, `areas.1`, `breakdown.ageBand`, `note`),
 * before any schema reads them: fields a tool does not take and values of the wrong kind too. `audience` and `topic`
 * are left out when they are one of the values the tools take ("emergency", "suicide-or-self-harm" name the help
 * wanted; they are not a person speaking); any other text there is read.
 */
function stringsIn(value: unknown, path: string, depth: number, found: [string, string][]): [string, string][] {
	if (found.length >= MAX_STRINGS) return found;
	if (typeof value === 'string') {
		const selection = HelpSelectionShape[path as keyof typeof HelpSelectionShape];
		if (!selection?.safeParse(value).success) found.push([path, value]);
	} else if (typeof value === 'object' && value !== null && depth <= MAX_DEPTH)
		for (const [key, item] of Object.entries(value)) stringsIn(item, path ? `${path}.${key}` : key, depth + 1, found);
	return found;
}

/**
 * The help-first reply when any string in a tool call's arguments, as they arrived, reads as a person speaking; checked
 * before the tool's input schema, so a call that fails it for another reason (a wrong type, a missing field, a field
 * the tool does not take) or names no tool still gets help first, never a tool error. Each string is read by the
 * domain's person check through the SDK (`searchAreas` reads any text for a person before anything else); the reply
 * names the argument (`input`), never its words. `undefined` when nothing reads as a person.
 *
 * @param args - a tool call's arguments as sent
 * @param searchAreas - the SDK's `searchAreas`, whose person check reads each string
 * @returns the help-first reply, or `undefined`
 * @example
 * ```ts
 * personInArguments({ area: 5, note: 'i want to die' }, searchAreas)?.input; // "note"
 * personInArguments({ area: 'Kent', topic: 'suicide-or-self-harm' }, searchAreas); // undefined
 * ```
 */
export function personInArguments(args: unknown, searchAreas: SignpostApi['searchAreas']): PersonSpeaking | undefined {
	const given = typeof args === 'object' && args !== null ? (args as Record<string, unknown>) : {};
	// The help asked for, where it can be read: the SDK gives the general help lines when it cannot.
	const options = { help: { audience: given.audience, topic: given.topic } } as Parameters<typeof searchAreas>[1];
	for (const [path, text] of stringsIn(args, '', 0, [])) {
		const result = searchAreas(text, options);
		if (result.status === 'help-first') return { ...result, input: path || 'arguments' };
	}
	return undefined;
}
