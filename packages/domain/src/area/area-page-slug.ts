import type { Area } from '../schema/area.js';

/**
 * The last part of an area's page address on the docs site, which the bot's replies link to as well. A force,
 * nation, region or the UK keeps its id (`kent`, `south-wales`); a named group of forces, whose id is internal
 * (`london-and-south-east-scwc-group`), is addressed by its name, the one name its page shows.
 *
 * @example
 * ```ts
 * areaPageSlug(kent); // "kent"
 * areaPageSlug(londonAndSouthEastGroup); // "london-kent-surrey-sussex-and-hampshire"
 * ```
 */
export function areaPageSlug(area: Pick<Area, 'id' | 'kind' | 'name'>): string {
	if (area.kind !== 'group') return area.id;
	return area.name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
