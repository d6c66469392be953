// Phrases a frightened child or a worried adult might type, written for Signpost's tests (not collected from anyone):
// every surface must answer each of them with help first, never figures, never "not found", never the words typed.
import type { PersonConcern, PersonLanguage } from '../person/person-concern.js';

/** One phrase of the table: what is typed, a concern it must be read with, and its language. */
export interface PersonPhrase {
	readonly text: string;
	readonly concern: PersonConcern;
	readonly language: PersonLanguage;
}

const en = (concern: PersonConcern, ...texts: string[]): PersonPhrase[] =>
	texts.map((text) => ({ text, concern, language: 'en' }));
const cy = (concern: PersonConcern, ...texts: string[]): PersonPhrase[] =>
	texts.map((text) => ({ text, concern, language: 'cy' }));

/**
 * The phrase table: English and Welsh, with typos, text-speak, capitals, repeated letters and no punctuation, each
 * with a concern it must be read with (others may be read too).
 *
 * @example
 * ```ts
 * for (const { text } of PERSON_PHRASES) expect(readFreeText(text).kind).toBe('person');
 * ```
 */
export const PERSON_PHRASES: readonly PersonPhrase[] = [
	...en(
		'danger',
		'my brother hurts me',
		'he said he will kill me if i tell',
		'hes gonna kill me',
		'he will kill me',
		'my dad hits me',
		'my dad hit me last night',
		'MY STEPDAD BEATS ME',
		'ma dad hits me',
		'mum hurts me',
		'he is hurting me',
		'she keeps hurting me',
		'he punched me',
		'im scared to go home',
		'afraid to go home',
		'i dont want to go home',
		'i cant go home',
		'im not safe',
		'i dont feel safe at home',
		'not safe at home',
		'he has a knife',
		'he locked me in my room',
		'he wont let me leave',
		'call the police',
		'pls call police',
		'he threatens me',
		'he threatened to hurt my mum',
		'he hits my mum',
		'i am in danger',
		'emergency',
		'he is going to kill my mum',
		'u gonna kill me',
	),
	...en(
		'suicide-or-self-harm',
		'i want to die',
		'i wanna die',
		'i want to kill myself',
		'kms',
		'thinking about suicide',
		'sucide',
		'suicidal',
		'i feel suicidal',
		'i want to end my life',
		'i just want to end it all',
		'i wish i was dead',
		'everyone would be better off without me',
		'i dont want to live anymore',
		'i dont want to be alive',
		'i cut myself',
		'i keep cutting myself',
		'self harm',
		'selfharm',
		'i hurt myself',
		'die',
		'dead',
		'DEAD',
		'harm',
		'i cant go on',
		'no reason to live',
		'unalive',
		'i took an overdose',
		'i feel dead',
		'i want to be dead',
	),
	...en(
		'disclosure',
		'my dad touches me',
		'my uncle touched me',
		'he touches me at night',
		'ma stepdad toches me',
		'he touchs me',
		'my brother touches my private parts',
		'i was raped',
		'he raped me',
		'i got raped at a party',
		'rape',
		'abuse',
		'abused',
		'i am being abused',
		'i was abused',
		'my coach abuses me',
		'he molested me',
		'he makes me touch him',
		'he made me send pics',
		'being made to send images',
		'he made me do stuff',
		'he forced me',
		'he told me not to tell',
		'its our secret he said',
		'he said dont tell anyone',
		'he comes into my bed',
		'he wants sex with me',
		'he showed me his private parts',
		'touched',
		'he touches me down there',
		'my teacher touched me',
		'my cousin rapes me',
		'HE TOUCHES ME',
	),
	...en(
		'online',
		'he made me send nudes',
		'a man online asked me for pics',
		'someone online has my nudes',
		'he sent me pictures',
		'a man on snapchat keeps messaging me',
		'he has pictures of me',
		'he shared my pics',
		'sum1 leaked my nudes',
		'he wants me to send nudes',
		'i sent nudes',
		'i think im being groomed',
		'he is grooming me',
		'im being blackmailed with my pictures',
		'he is blackmailing me',
		'sextortion',
		'i met him online and he wants pics',
		'he asked for naked photos',
	),
	...en(
		'distress',
		'can someone help me please',
		'help me',
		'help',
		'helppp',
		'HELP',
		'help!!!',
		'pls help',
		'plz help me',
		'someone help',
		'i need help',
		'im scared',
		'i am scared',
		'im so scared',
		'scared',
		'scareddd',
		'skared',
		'im frightened',
		'hurt',
		'hurting',
		'i am hurt',
		'i feel so alone',
		'i am sad',
		'crying',
		'i dont know what to do',
		'no one believes me',
		'i need someone to talk to',
		'i need to talk to someone',
		'sos',
		'can anyone help',
		'what do i do',
		'Help Me Please',
	),
	...en(
		'worried-about-a-child',
		'im worried about my daughter',
		'i am worried about a child',
		'concerned about my son',
		'i think my son is being groomed',
		'my daughter told me her uncle touched her',
		'my son was abused',
		'worried about my niece',
		'i think my neighbour is a paedophile',
		'i am concerned about a child in my class',
	),
	...en(
		'adult-survivor',
		'when i was a child my uncle abused me',
		'when i was 8 he touched me',
		'i was abused as a child',
		'i was abused as a kid',
		'it happened when i was little',
		'abuse in my childhood',
		'i am a survivor of abuse',
		'historic abuse',
		'i was raped years ago',
	),
	...en(
		'own-thoughts',
		'i have sexual thoughts about children',
		'im attracted to kids',
		'i am attracted to children',
		'worried about my thoughts about children',
		'am i a paedophile',
		'i think about kids sexually',
		'i have urges about children',
		'i look at child porn',
		'i keep looking at images of children',
	),
	...cy(
		'distress',
		'helpwch fi',
		'helpa fi',
		'plis helpa fi',
		'help fi',
		'dw i ofn',
		'dwi ofn',
		'mae gen i ofn',
		'mae ofn arna i',
		'dw i angen help',
		'trist',
		'dw in drist',
		'helpwch',
	),
	...cy(
		'danger',
		"mae o'n fy mrifo",
		"mae e'n fy mrifo",
		"mae hi'n fy nghuro",
		'mae dad yn curo fi',
		'dw i ddim yn saff',
		'dwi ddim yn ddiogel',
		'ofn mynd adre',
		'dw i ddim isio mynd adra',
		'mae o am ladd fi',
		'mae o yn fy mygwth',
	),
	...cy(
		'disclosure',
		"mae o'n fy nghyffwrdd",
		"mae e'n cyffwrdd â fi",
		'fy nhreisio',
		'cam-drin',
		"mae o'n fy ngham-drin",
		'dweud wrtha i ddim i ddweud',
	),
	...cy(
		'suicide-or-self-harm',
		'dw i eisiau marw',
		'dwi isio marw',
		'marw',
		'lladd fy hun',
		'hunanladdiad',
		'hunan-niweidio',
	),
	...cy('online', 'anfon lluniau', 'mae o isio lluniau noeth'),
	...cy('worried-about-a-child', 'dw i n poeni am fy mhlentyn'),
	...cy('adult-survivor', "pan o'n i'n blentyn"),
	...cy('own-thoughts', 'meddyliau am blant'),
	// Phrases that answered "No area matches that name" until 2026-12-05: read since by a rule written for them, or
	// as a sentence about someone (four or more words with "i", "me", "my", "he", "she" and the like).
	...en(
		'distress',
		'i want it to stop',
		'make it stop',
		'make him stop',
		'i ran away',
		'i want to run away',
		'thinking of running away',
		'im pregnant and 13',
		'i hate myself',
		'im being bullied',
		'is this normal',
		'something happened at a party',
		'theres no food at home',
		'i need advice',
		'is anyone there',
		'hello',
		'hi',
		'hey',
		'how do i report my step dad',
		'who can i tell',
		'i told my teacher and nothing happened',
		'my boyfriend is 25 and im 14',
		'my mum doesnt feed me',
		'my parents drink and fight',
		'i said no but he did it anyway',
		'he wont stop',
		'my friend is being hurt',
		'i have bruises',
		'i feel dirty',
		'why me',
		'im 15',
		'i am 12',
	),
	...en('suicide-or-self-harm', 'i took pills', 'ive taken pills'),
	...en('online', 'is this grooming', 'someone asked me to send a photo'),
	...en('disclosure', 'is this abuse'),
	...en('own-thoughts', 'i have urges'),
	...cy(
		'distress',
		'dw i ddim yn gwybod beth i wneud efo fy nheulu',
		'does neb yn gwrando',
		'dw i eisiau siarad efo rhywun',
		'shwmae',
	),
	...en('distress', 'call childline', 'helpline number'),
	// Until 2026-12-06: a person named on their own, a few words of feeling, and asking for the police's number.
	...en('distress', 'my dad', 'my stepdad', 'my teacher', 'my uncle', 'i feel sick', 'no one cares', 'bullied'),
	...en('disclosure', 'touching', 'touched', 'it happened again'),
	...en('danger', 'blackmail', 'kent police number', 'number for the police'),
	...cy('distress', 'fy nhad', 'fy mam', 'fy athro', 'bwlio'),
];

/**
 * A help service's name typed into a box is asking for it: each reads as a person, and the help-first reply gives
 * that service (so, unlike the phrase table's words, the reply says the name typed). "Childline" alone names a
 * measure, Childline's contacts, and stays a query.
 *
 * @example
 * ```ts
 * SERVICE_NAMES_TYPED.find((s) => s.text === 'samaritans')?.service; // "samaritans"
 * ```
 */
export const SERVICE_NAMES_TYPED: readonly (PersonPhrase & { readonly service: string })[] = (
	[
		['samaritans', 'suicide-or-self-harm', 'en', 'samaritans'],
		['papyrus', 'suicide-or-self-harm', 'en', 'papyrus'],
		['hopeline', 'suicide-or-self-harm', 'en', 'papyrus'],
		['nspcc', 'worried-about-a-child', 'en', 'nspcc-helpline'],
		['ceop', 'online', 'en', 'ceop'],
		['napac', 'adult-survivor', 'en', 'napac'],
		['stop it now', 'own-thoughts', 'en', 'stop-it-now'],
		['meic', 'distress', 'cy', 'meic'],
	] as const
).map(([text, concern, language, service]) => ({ text, concern, language, service }));

/**
 * Names that are places and also words: each must still resolve to its force, never be read as a person. `area` is
 * the id of the force it resolves to.
 *
 * @example
 * ```ts
 * PLACE_WORDS.find((p) => p.text === 'Hart')?.area; // "hampshire"
 * ```
 */
export const PLACE_WORDS: readonly { readonly text: string; readonly area: string }[] = [
	{ text: 'Hart', area: 'hampshire' },
	{ text: 'Reading', area: 'thames-valley' },
	{ text: 'Bath', area: 'avon-and-somerset' },
	{ text: 'Ware', area: 'hertfordshire' },
	{ text: 'Sandwich', area: 'kent' },
	{ text: 'Bury', area: 'greater-manchester' },
	{ text: 'Street', area: 'avon-and-somerset' },
	{ text: 'Wells', area: 'avon-and-somerset' },
	{ text: 'Deal', area: 'kent' },
	{ text: 'Sale', area: 'greater-manchester' },
	{ text: 'Battle', area: 'sussex' },
	{ text: 'Rye', area: 'sussex' },
	{ text: 'Settle', area: 'north-yorkshire' },
	{ text: 'Stone', area: 'staffordshire' },
	{ text: 'Fleet', area: 'hampshire' },
	{ text: 'Sandy', area: 'bedfordshire' },
	{ text: 'Looe', area: 'devon-and-cornwall' },
	{ text: 'Hull', area: 'humberside' },
	{ text: 'Neath', area: 'south-wales' },
	{ text: 'Flint', area: 'north-wales' },
	{ text: 'Mold', area: 'north-wales' },
	{ text: 'Poole', area: 'dorset' },
	{ text: 'Lancing', area: 'sussex' },
	{ text: 'Barking', area: 'metropolitan' },
	{ text: 'Crewe', area: 'cheshire' },
];

/**
 * Place names that several places share, one of them a word: each answers with the choices, never help-first.
 *
 * @example
 * ```ts
 * SHARED_PLACE_WORDS[0]; // { text: "Hope", areas: ["derbyshire", "north-wales"] }
 * ```
 */
export const SHARED_PLACE_WORDS: readonly { readonly text: string; readonly areas: readonly string[] }[] = [
	{ text: 'Hope', areas: ['derbyshire', 'north-wales'] },
];
