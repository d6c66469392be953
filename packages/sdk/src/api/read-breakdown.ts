import { type BreakdownFilter, type Dataset, PLATFORM_NAMES, platformName } from '@signpost-uk/domain';
import { type InputReading, unreadable } from './read-input.js';

/** The breakdown as the input schema reads it: each part text, or absent. */
export interface BreakdownInput {
	readonly ageBand?: string | null | undefined;
	readonly sex?: string | null | undefined;
	readonly platform?: string | null | undefined;
}

const SEXES: Readonly<Record<string, 'girls' | 'boys'>> = { girls: 'girls', girl: 'girls', boys: 'boys', boy: 'boys' };

const fold = (text: string) =>
	text
		.trim()
		.toLowerCase()
		.replace(/[\s_]+/g, '-');

/**
 * Reads a breakdown filter against the dataset: an age band by id or label ("under-thirteen", "under 13"), a sex
 * ("girls", "boys") and a platform by id or name ("whatsapp", "WhatsApp"), in any case. A part the dataset does not
 * know fails, naming the part and the values it takes; a breakdown with no part is no filter.
 *
 * @param dataset - the dataset whose age bands and platforms to match
 * @param input - the breakdown as the input schema read it
 * @param path - where the breakdown sits in the arguments, for the failure's `input`
 * @returns the breakdown filter (or undefined for none), or which part failed and why
 * @example
 * ```ts
 * readBreakdown(dataset, { ageBand: 'under 13' }, 'query.breakdown'); // { ok: true, value: { ageBand: 'under-thirteen' } }
 * readBreakdown(dataset, { sex: 'cats' }, 'query.breakdown'); // { ok: false, input: 'query.breakdown.sex', ... }
 * ```
 */
export function readBreakdown(
	dataset: Dataset,
	input: BreakdownInput | null | undefined,
	path: string,
): InputReading<BreakdownFilter | undefined> {
	const filter: { ageBand?: string; sex?: 'girls' | 'boys'; platform?: string } = {};
	const fail = (part: string, expected: string): InputReading<never> =>
		unreadable(`${path}.${part}`, `expected ${expected}`);
	if (input?.ageBand != null) {
		const wanted = fold(input.ageBand);
		const band = dataset.ageBands.find((b) => b.id === wanted || fold(b.label) === wanted);
		if (!band)
			return fail('ageBand', `an age band from listAgeBands(): ${dataset.ageBands.map((b) => b.id).join(', ')}`);
		filter.ageBand = band.id;
	}
	if (input?.sex != null) {
		const sex = SEXES[fold(input.sex)];
		if (!sex) return fail('sex', '"girls" or "boys"');
		filter.sex = sex;
	}
	if (input?.platform != null) {
		const wanted = fold(input.platform);
		const ids = new Set(Object.keys(PLATFORM_NAMES));
		for (const figure of dataset.figures) if (figure.breakdown?.platform) ids.add(figure.breakdown.platform);
		const id = [...ids].find((p) => p === wanted || fold(platformName(p)) === wanted);
		if (!id) return fail('platform', `a platform: ${[...ids].join(', ')}`);
		filter.platform = id;
	}
	return { ok: true, value: Object.keys(filter).length > 0 ? filter : undefined };
}
