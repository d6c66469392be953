import type { DatasetIndex } from '../dataset/dataset-index.js';
import type { Area, Nation } from '../schema/area.js';
import { NATIONS } from '../schema/nations.js';

const NATION_WORDS: Readonly<Record<Nation, string>> = {
	england: 'england',
	wales: 'wales',
	scotland: 'scotland',
	'northern-ireland': 'northern ireland',
};

/**
 * The nations an area's figures cover: a force's or nation's own nation, the UK's four, a group's members' nations,
 * or the nations a group's name names ("England and Wales").
 *
 * @example
 * ```ts
 * areaNations(index.areas.get('uk')!, index); // ["england", "wales", "scotland", "northern-ireland"]
 * ```
 */
export function areaNations(area: Area, index: Pick<DatasetIndex, 'areas'>): readonly Nation[] {
	if (area.kind === 'uk') return NATIONS;
	if (area.nation) return [area.nation];
	if (area.members?.length) {
		const nations = new Set<Nation>();
		for (const id of area.members) {
			const member = index.areas.get(id);
			if (member && member !== area) for (const n of areaNations(member, index)) nations.add(n);
		}
		return [...nations];
	}
	const name = area.name.toLowerCase();
	return NATIONS.filter((n) => name.includes(NATION_WORDS[n]));
}
