import { normalizeAreaName } from './normalize-area-name.js';

/** A place whose police force Signpost does not cover, and that force. */
export interface OutsideCoverage {
	/** The place's name as Signpost writes it: "Jersey". */
	readonly place: string;
	/** The force that polices it, as that force names itself: "the States of Jersey Police". */
	readonly force: string;
}

/**
 * The Crown Dependencies: policed by their own forces, which are not among the UK police forces Signpost holds
 * figures for. A name here is answered with its own force, never matched to a similar-looking force name ("Jersey"
 * is not Merseyside).
 */
const OUTSIDE: readonly (OutsideCoverage & { readonly names: readonly string[] })[] = [
	{ place: 'Jersey', force: 'the States of Jersey Police', names: ['jersey', 'bailiwick of jersey', 'st helier'] },
	{
		place: 'Guernsey',
		force: 'the States of Guernsey Police Service',
		names: ['guernsey', 'bailiwick of guernsey', 'st peter port', 'alderney', 'sark'],
	},
	{
		place: 'the Isle of Man',
		force: 'the Isle of Man Constabulary',
		names: ['isle of man', 'douglas isle of man', 'mann', 'ellan vannin'],
	},
];

const BY_NAME: ReadonlyMap<string, OutsideCoverage> = new Map(
	OUTSIDE.flatMap(({ names, ...outside }) => names.map((n) => [normalizeAreaName(n), outside] as const)),
);

/**
 * The place and force when `text` names a place policed by a force Signpost does not cover (Jersey, Guernsey, the
 * Isle of Man), or `undefined`.
 *
 * @example
 * ```ts
 * outsideCoverage('Jersey')?.force; // "the States of Jersey Police"
 * ```
 */
export function outsideCoverage(text: string): OutsideCoverage | undefined {
	return BY_NAME.get(normalizeAreaName(text));
}
