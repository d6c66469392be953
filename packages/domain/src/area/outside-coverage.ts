import { normalizeAreaName } from './normalize-area-name.js';

/**
 * A name Signpost answers by saying it does not cover it, and why, instead of matching it to a similar force name
 * ("Jersey" is not Merseyside):
 * - `crown-dependency`: a place policed by its own force, outside the UK's police forces (Jersey, Guernsey and its
 *   islands, the Isle of Man, the Channel Islands together);
 * - `railways`: British Transport Police, a force that polices the railways rather than an area.
 */
export type OutsideCoverage =
	| {
			readonly kind: 'crown-dependency';
			/** The place's name as Signpost writes it in English: "Jersey", "the Isle of Man". */
			readonly place: string;
			/** Its Welsh name where Welsh has one ("Ynys Manaw"), else the English name without an article. */
			readonly placeCy: string;
			/** The forces that police it, as each names itself, without an article: "States of Jersey Police". */
			readonly forces: readonly string[];
			/** True when the place is a group of places ("the Channel Islands are policed by …"). */
			readonly plural?: true;
	  }
	| {
			readonly kind: 'railways';
			/** The force's name: "British Transport Police". */
			readonly place: string;
			readonly placeCy: string;
	  };

const JERSEY_POLICE = 'States of Jersey Police';
const GUERNSEY_POLICE = 'States of Guernsey Police Service';

// Each entry's forces, with where that is written:
// - Guernsey's force polices the whole bailiwick: "The service's enforcement jurisdiction extends across the entire
//   bailiwick and encompasses the Islands of Guernsey, Alderney, Herm, and Sark" (Law enforcement in Guernsey,
//   http://hitchhikersgui.de/Law_enforcement_in_Guernsey). Day to day, "policing on Sark is done by the constable, a
//   deputy (the vingtenier) and a small team of special constables, though if things get heated the island can ask
//   nearby Guernsey for help" (The Guardian, 2019-10-07,
//   https://www.theguardian.com/uk-news/2019/oct/07/sarks-top-police-officer-says-channel-island-awash-with-criminals).
// - British Transport Police: the NSPCC's grooming release for 2017/18 counts "41 of the 44 forces in England and
//   Wales (including British Transport Police)"; Signpost holds no figure of that force's own.
// - Welsh names: "Ynysoedd y Sianel" (Golwg360, https://golwg.360.cymru/newyddion/prydain/34501-dadl-ynysoedd-cynnes-yn-poethi:
//   "y mwyaf o Ynysoedd y Sianel"), "Ynys y Garn" (Lihou, https://wiki.studentb.eu/Lihou_wikipedia_Facebook_lan_cy_html.html:
//   "oddi ar arfordir gorllewinol Ynys y Garn"), "Ynys Manaw" (https://cy.m.wikipedia.org/wiki/St_John%27s,_Ynys_Manaw:
//   "pentref ar Ynys Manaw").
const OUTSIDE: readonly (OutsideCoverage & { readonly names: readonly string[] })[] = [
	{
		kind: 'crown-dependency',
		place: 'Jersey',
		placeCy: 'Jersey',
		forces: [JERSEY_POLICE],
		names: ['jersey', 'bailiwick of jersey', 'st helier', 'saint helier'],
	},
	{
		kind: 'crown-dependency',
		place: 'Guernsey',
		placeCy: 'Ynys y Garn',
		forces: [GUERNSEY_POLICE],
		names: ['guernsey', 'bailiwick of guernsey', 'st peter port', 'saint peter port', 'herm', 'ynys y garn'],
	},
	{ kind: 'crown-dependency', place: 'Alderney', placeCy: 'Alderney', forces: [GUERNSEY_POLICE], names: ['alderney'] },
	{
		kind: 'crown-dependency',
		place: 'Sark',
		placeCy: 'Sark',
		forces: ['Sark Constable and Vingtenier', GUERNSEY_POLICE],
		names: ['sark', 'sercq'],
	},
	{
		kind: 'crown-dependency',
		place: 'the Channel Islands',
		placeCy: 'Ynysoedd y Sianel',
		forces: [JERSEY_POLICE, GUERNSEY_POLICE],
		plural: true,
		names: ['channel islands', 'the channel islands', 'channel isles', 'ynysoedd y sianel'],
	},
	{
		kind: 'crown-dependency',
		place: 'the Isle of Man',
		placeCy: 'Ynys Manaw',
		forces: ['Isle of Man Constabulary'],
		names: ['isle of man', 'douglas isle of man', 'mann', 'ellan vannin', 'ynys manaw', 'iom'],
	},
	{
		kind: 'railways',
		place: 'British Transport Police',
		placeCy: 'British Transport Police',
		names: ['british transport police', 'btp', 'transport police', 'railway police', 'the british transport police'],
	},
];

const BY_NAME: ReadonlyMap<string, OutsideCoverage> = new Map(
	OUTSIDE.flatMap(({ names, ...outside }) => names.map((n) => [normalizeAreaName(n), outside] as const)),
);

/**
 * What Signpost says instead of a guess when `text` names a place policed by a force it does not cover (Jersey,
 * Guernsey, Alderney, Sark, the Channel Islands, the Isle of Man) or British Transport Police, or `undefined`.
 *
 * @example
 * ```ts
 * outsideCoverage('Jersey'); // { kind: 'crown-dependency', place: 'Jersey', forces: ['States of Jersey Police'], … }
 * outsideCoverage('BTP')?.kind; // "railways"
 * ```
 */
export function outsideCoverage(text: string): OutsideCoverage | undefined {
	return BY_NAME.get(normalizeAreaName(text));
}
