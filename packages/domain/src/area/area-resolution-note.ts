/**
 * How a name was matched to the area an answer is about:
 * - `exact`: the area's own name, short name or id ("Derbyshire", "derbyshire constabulary");
 * - `alias`: another name of the same area ("Notts", "the Met", "Heddlu Gwent");
 * - `place`: a place the area polices ("Reading" → Thames Valley Police; "Caerdydd" → South Wales Police), or a
 *   nation policed by one force ("Scotland" → Police Scotland);
 * - `corrected`: a near spelling of one area's name, corrected ("Derbyshre" → Derbyshire Constabulary).
 */
export type AreaResolutionKind = 'exact' | 'alias' | 'place' | 'corrected';

/** How a typed name became the answer's area, with the sentence that says so. */
export interface AreaResolutionNote {
	readonly kind: AreaResolutionKind;
	/** The registry's or gazetteer's name that matched ("Reading", "Notts", "Derbyshire"). */
	readonly matched: string;
	/**
	 * For a place (`place`, or a `corrected` place name): the place as the gazetteer names it, as people say it
	 * ("Cardiff", also when its alias "Caerdydd" matched; "City of Kingston upon Hull"); for a nation policed by one
	 * force, the nation ("Scotland").
	 */
	readonly place?: string;
	/**
	 * The name of the area the name led to (the force that polices a place), as the note names it, so a surface can
	 * say the note in its reader’s language (`resolutionNote`). Set for `place` and `corrected`.
	 */
	readonly areaName?: string;
	/**
	 * The sentence an answer shows: "Reading is policed by Thames Valley Police", "Showing Derbyshire Constabulary
	 * (spelling corrected)". Never what was typed. Empty for `exact` and `alias`, which need none.
	 */
	readonly note: string;
}
