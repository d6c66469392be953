import type { CommandName } from './definitions.js';

/** A name and description in Welsh. */
export interface WelshText {
	readonly name: string;
	readonly description: string;
}

/** A command's Welsh name and description, and its options'. */
export interface WelshCommand extends WelshText {
	readonly options: Readonly<Record<string, WelshText>>;
}

const area: WelshText = { name: 'ardal', description: "Ardal heddlu, gwlad neu'r DU" };
const year: WelshText = {
	name: 'blwyddyn',
	description: 'Blwyddyn ariannol, e.e. 2016/17 (diofyn: y flwyddyn ddiweddaraf a gedwir)',
};
const measure: WelshText = { name: 'mesur', description: "Beth sy'n cael ei gyfrif (diofyn: popeth a gedwir)" };
const privately = (byDefault: boolean): WelshText => ({
	name: 'preifat',
	description: `Dim ond chi sy'n gweld yr ateb (diofyn: ${byDefault ? 'ie' : 'na'})`,
});

/**
 * The commands' names and descriptions in Welsh (`cy`). Discord's API has no Welsh locale (its `Locale` list, which
 * `validateDefinitions` checks, has none), and it refuses a whole registration that names an unknown locale, so
 * these are not sent as `name_localizations`: they are checked against the same name and length rules by the tests
 * and shown on the docs site's bot commands page, ready for the day Discord adds Welsh.
 *
 * @example
 * ```ts
 * welshCommands.figures.name; // "ffigurau"
 * ```
 */
export const welshCommands: Readonly<Record<CommandName, WelshCommand>> = {
	figures: {
		name: 'ffigurau',
		description: 'Troseddau rhyw yn erbyn plant a gofnodwyd gan yr heddlu mewn ardal a blwyddyn, gyda ffynonellau',
		options: { area, year, measure, private: privately(false) },
	},
	compare: {
		name: 'cymharu',
		description: 'Dwy ardal ochr yn ochr am un flwyddyn',
		options: {
			area: { name: 'ardal', description: 'Yr ardal heddlu gyntaf' },
			with: { name: 'gyda', description: 'Yr ail ardal heddlu' },
			year,
			measure,
			private: privately(false),
		},
	},
	trend: {
		name: 'tuedd',
		description: 'Pob blwyddyn a gedwir ar gyfer ardal, gyda siart a newidiadau a gyfrifwyd gan Signpost',
		options: { area, measure, private: privately(false) },
	},
	national: {
		name: 'cenedlaethol',
		description: "Ffigurau'r DU a'r gwledydd am flwyddyn",
		options: { year, measure, private: privately(false) },
	},
	sources: {
		name: 'ffynonellau',
		description: "Yr erthyglau a'r datganiadau y dyfynnir pob ffigur ohonynt",
		options: {
			area: { name: 'ardal', description: "Dim ond ffynonellau ffigurau'r ardal hon" },
			private: privately(false),
		},
	},
	support: {
		name: 'cymorth',
		description: 'Ble i gael help: Childline, Llinell Gymorth yr NSPCC, a 999 mewn argyfwng',
		options: { private: privately(true) },
	},
	help: {
		name: 'help',
		description: 'Y gorchmynion, gydag enghraifft o bob un',
		options: { private: privately(true) },
	},
	about: {
		name: 'ynghylch',
		description: "Beth yw'r bot hwn, beth mae ffigurau a gofnodwyd yn ei olygu, a phreifatrwydd",
		options: { private: privately(false) },
	},
};
