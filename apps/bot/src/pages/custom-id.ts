import type { Dataset } from '@signpost-uk/domain';
import { DISCORD_LIMITS } from '../util/constants.js';
import { PAGED_COMMANDS, type Question, VIEWS } from './question.js';

/** The version prefix of every `custom_id` the bot makes; a button from another version reads as out of date. */
export const CUSTOM_ID_VERSION = 'sp1';

/** Discord's limit on a `custom_id`. */
export const CUSTOM_ID_MAX: number = DISCORD_LIMITS.customId;

const COMMAND_CODES = { figures: 'f', compare: 'c', trend: 't', national: 'n', sources: 's' } as const;
const VIEW_CODES = { answer: 'a', sources: 's', caveats: 'c', claims: 'k' } as const;

/**
 * A registry id as six base-36 characters (FNV-1a, 32 bits), so that two long area ids, a year and a measure fit
 * in 100 characters. Read back only by looking it up among the dataset's own ids: a token that matches none (a
 * button from an older dataset) is refused, never guessed.
 *
 * @example
 * ```ts
 * idToken('derbyshire'); // "0x1k2z" (six characters)
 * ```
 */
export function idToken(id: string): string {
	let hash = 0x81_1c_9d_c5;
	for (let i = 0; i < id.length; i++) {
		hash ^= id.charCodeAt(i);
		hash = Math.imul(hash, 0x01_00_01_93) >>> 0;
	}
	return hash.toString(36).padStart(7, '0').slice(-6);
}

/** Lookups from token to id for a dataset's areas and measures, built once per dataset. */
interface TokenIndex {
	readonly areas: ReadonlyMap<string, string>;
	readonly measures: ReadonlyMap<string, string>;
}

const indexes = new WeakMap<Dataset, TokenIndex>();

function tokenIndex(dataset: Dataset): TokenIndex {
	let index = indexes.get(dataset);
	if (!index) {
		const build = (ids: readonly string[]) => {
			const map = new Map<string, string>();
			const clashes = new Set<string>();
			for (const id of ids) {
				const token = idToken(id);
				if (map.has(token)) clashes.add(token);
				map.set(token, id);
			}
			// Two ids with one token: neither is read back, so a clash can never answer for the wrong place.
			for (const token of clashes) map.delete(token);
			return map;
		};
		index = { areas: build(dataset.areas.map((a) => a.id)), measures: build(dataset.measures.map((m) => m.id)) };
		indexes.set(dataset, index);
	}
	return index;
}

/**
 * The `custom_id` of a button that asks `question`: `sp1:<command><view><page>:<private>:<area>:<with>:<year>:<measure>`
 * (private: 0 public, 1 private, 2 "share publicly"), ids as {@link idToken}s and the year as its first four digits,
 * then `:cy` for a Welsh reply: at most 43 characters.
 *
 * @example
 * ```ts
 * encodeCustomId({ command: 'figures', view: 'sources', page: 0, private: false, area: 'kent' }); // "sp1:fs0:0:…"
 * ```
 */
export function encodeCustomId(question: Question, options: { share?: boolean } = {}): string {
	const year = question.year ? question.year.slice(0, 4) : '';
	return [
		CUSTOM_ID_VERSION,
		`${COMMAND_CODES[question.command]}${VIEW_CODES[question.view]}${question.page}`,
		options.share ? '2' : question.private ? '1' : '0',
		question.area ? idToken(question.area) : '',
		question.with ? idToken(question.with) : '',
		year,
		question.measure ? idToken(question.measure) : '',
		...(question.locale === 'cy' ? ['cy'] : []),
	].join(':');
}

const PATTERN = /^sp1:([fctns])([asck])(\d{1,2}):([012]):([0-9a-z]{6})?:([0-9a-z]{6})?:(\d{4})?:([0-9a-z]{6})?(:cy)?$/;

/** A button press read back: the question, and whether it asks to share a private reply publicly. */
export interface Press {
	readonly question: Question;
	/** "Share publicly": answer with a new public message instead of updating the private one. */
	readonly share: boolean;
}

/**
 * Reads a `custom_id` back into a question, trusting nothing: the exact pattern, a known command and view, a page
 * under 100, and ids that are the dataset's own. Anything else is undefined (the button is out of date or forged).
 *
 * @example
 * ```ts
 * decodeCustomId(dataset, encodeCustomId(question)); // { question, share: false }
 * decodeCustomId(dataset, 'sp1:fx0:0::::'); // undefined
 * ```
 */
export function decodeCustomId(dataset: Dataset, customId: unknown): Press | undefined {
	if (typeof customId !== 'string' || customId.length > CUSTOM_ID_MAX) return undefined;
	const match = PATTERN.exec(customId);
	if (!match) return undefined;
	const [, commandCode, viewCode, page, privately, area, other, year, measure, welsh] = match;
	const command = PAGED_COMMANDS.find((c) => COMMAND_CODES[c] === commandCode);
	const view = VIEWS.find((v) => VIEW_CODES[v] === viewCode);
	const index = tokenIndex(dataset);
	const lookup = (map: ReadonlyMap<string, string>, token: string | undefined): string | undefined | null =>
		token === undefined ? undefined : (map.get(token) ?? null);
	const areaId = lookup(index.areas, area);
	const withId = lookup(index.areas, other);
	const measureId = lookup(index.measures, measure);
	if (areaId === null || withId === null || measureId === null) return undefined;
	const startYear = year === undefined ? undefined : Number(year);
	const pageNumber = Number(page);
	if (!command || !view || !Number.isInteger(pageNumber) || pageNumber < 0 || pageNumber > 99) return undefined;
	const question: Question = {
		command,
		view,
		page: pageNumber,
		private: privately === '1',
		...(areaId ? { area: areaId } : {}),
		...(withId ? { with: withId } : {}),
		...(startYear === undefined ? {} : { year: `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}` }),
		...(measureId ? { measure: measureId } : {}),
		...(welsh ? { locale: 'cy' as const } : {}),
	};
	return { question, share: privately === '2' };
}
