import { CAVEATS, type CaveatKey } from './caveats.js';
import type { Locale } from './locale.js';

// The standing caveats in Welsh, key for key with CAVEATS (the compiler refuses a missing or extra key). Signpost's
// own Welsh, reviewed with the rest of the Welsh wording (welsh-wording.ts lists the sources of its terms: "troseddau a
// gofnodwyd", "cam-drin"); marked for review by a Welsh speaker before a release. A measure's own caveats are data
// (measures.json) and stay as written there.
const WELSH_CAVEATS: { readonly [K in CaveatKey]: string } = {
	notVictims:
		'Nid yw troseddau a gofnodwyd yn gyfrif o’r plant a gafodd eu cam-drin: gall un plentyn ddioddef sawl trosedd, a gall un drosedd ymwneud â sawl plentyn.',
	recordingAndReporting:
		'Gall cynnydd mewn troseddau a gofnodwyd adlewyrchu cofnodi gwell gan yr heddlu a mwy o ddioddefwyr yn dod ymlaen, nid dim ond mwy o droseddu.',
	undercount:
		'Nid yw llawer o blant byth yn dweud wrth yr heddlu, felly dim ond rhan o’r darlun y mae’r ffigurau a gofnodwyd yn ei dangos; nid yw cyfanswm y troseddau yn erbyn plant yn hysbys.',
	forcesDiffer:
		'Mae’r heddluoedd a atebodd geisiadau’r NSPCC yn wahanol o flwyddyn i flwyddyn, felly nid yw cyfansymiau cenedlaethol bob amser yn cymharu’r un peth.',
	ageBands:
		'Mae’r bandiau oedran yn wahanol rhwng cyhoeddiadau ac yn gronnus (mae “deg oed ac iau” yn cynnwys “pedair oed ac iau”): ni ellir eu hadio at ei gilydd na’u cymharu rhwng cyhoeddiadau.',
	lowConfidence:
		'Cafodd y ffigurau sydd wedi’u marcio eu hailadeiladu o dabl gwastad ar dudalen y ffynhonnell, ac maent yn llai sicr na’r gweddill.',
	computed:
		'Mae’r newidiadau a’r cyfraddau sydd wedi’u marcio “wedi’i gyfrifo” wedi’u cyfrifo gan Signpost o’r cyfrifon a ddyfynnwyd; nid yw’r ffynonellau’n eu nodi.',
};

const KEY_OF = new Map((Object.keys(CAVEATS) as CaveatKey[]).map((key) => [CAVEATS[key] as string, key]));

/**
 * The standing caveats in a locale's words: `CAVEATS` for English, their Welsh for `cy`. The keys are the same, so a
 * renderer writes `caveatsFor(locale).notVictims` and never chooses sentence by sentence.
 *
 * @param locale - the reader's language
 * @returns the standing caveats, by key
 * @example
 * ```ts
 * caveatsFor('cy').notVictims.startsWith('Nid yw troseddau a gofnodwyd'); // true
 * caveatsFor('en').notVictims === CAVEATS.notVictims; // true
 * ```
 */
export function caveatsFor(locale: Locale | undefined): { readonly [K in CaveatKey]: string } {
	return locale === 'cy' ? WELSH_CAVEATS : CAVEATS;
}

/**
 * One caveat sentence of an answer (`answer.caveats`, `answerCaveats(answer)`) in a locale's words: a standing caveat
 * becomes its Welsh for `cy`; any other sentence (a measure's caveat, which is data) is returned as it is.
 *
 * @param sentence - a caveat sentence as an answer carries it
 * @param locale - the reader's language
 * @returns the sentence in the locale's words where Signpost has them
 * @example
 * ```ts
 * caveatIn(CAVEATS.undercount, 'cy').startsWith('Nid yw llawer o blant'); // true
 * caveatIn('A charge or summons is not a conviction.', 'cy'); // "A charge or summons is not a conviction."
 * ```
 */
export function caveatIn(sentence: string, locale: Locale | undefined): string {
	const key = KEY_OF.get(sentence);
	return key ? caveatsFor(locale)[key] : sentence;
}
