import {
	MAX_FREE_TEXT_LENGTH,
	PERSON_CONCERNS,
	type PersonConcern,
	type PersonLanguage,
	readFreeText,
} from '@signpost-uk/domain';
import { DISCORD_LIMITS } from '../util/constants.js';

/** What a person told Signpost, read from a command's options: the concerns and the language, never the words. */
export interface PersonReading {
	readonly concerns: readonly PersonConcern[];
	readonly language: PersonLanguage;
}

/** The value of autocomplete's help choice: `sp-help:<language>:<concern indexes>`, never the words typed. */
const HELP_VALUE = /^sp-help:(en|cy):(\d(?:,\d){0,7})$/;

/**
 * The value of autocomplete's help choice for a reading: sent back as the option's value when the command is sent,
 * and read by {@link readPerson} as the same reading, so the choice leads to the same help-first reply.
 *
 * @example
 * ```ts
 * helpChoiceValue({ concerns: ['danger'], language: 'en' }); // "sp-help:en:0"
 * ```
 */
export function helpChoiceValue(reading: PersonReading): string {
	return `sp-help:${reading.language}:${reading.concerns.map((c) => PERSON_CONCERNS.indexOf(c)).join(',')}`;
}

/** One value read as a person, or undefined: the help choice's value, or free text the domain reads as a person. */
export function readPersonText(value: unknown): PersonReading | undefined {
	if (typeof value !== 'string') return undefined;
	const choice = HELP_VALUE.exec(value);
	if (choice) {
		const concerns = (choice[2] ?? '')
			.split(',')
			.map((i) => PERSON_CONCERNS[Number(i)])
			.filter((c): c is PersonConcern => c !== undefined);
		return { concerns, language: choice[1] === 'cy' ? 'cy' : 'en' };
	}
	// A long message is read to its end (2,000 characters), where what is wrong is often said last.
	const reading = readFreeText(value.slice(0, MAX_FREE_TEXT_LENGTH));
	return reading.kind === 'person' ? { concerns: reading.concerns, language: reading.language } : undefined;
}

/**
 * Whether any string option of a command (whatever the command, whatever its name) reads as a person speaking: a
 * disclosure, danger, suicide or self-harm, distress, an adult worried about a child or about their own thoughts. The
 * first that does is returned, with its concerns and language; the words themselves are never kept.
 *
 * @example
 * ```ts
 * readPerson({ options: [{ name: 'area', value: 'i want to die' }] })?.concerns; // ["suicide-or-self-harm", ...]
 * readPerson({ options: [{ name: 'area', value: 'Kent' }] }); // undefined
 * ```
 */
export function readPerson(data: unknown): PersonReading | undefined {
	const options = typeof data === 'object' && data !== null ? (data as { options?: unknown }).options : undefined;
	if (!Array.isArray(options)) return undefined;
	for (const option of options.slice(0, DISCORD_LIMITS.commandOptions)) {
		const value = typeof option === 'object' && option !== null ? (option as { value?: unknown }).value : undefined;
		const reading = readPersonText(value);
		if (reading) return reading;
	}
	return undefined;
}
