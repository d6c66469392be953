import type { Area } from '@signpost-uk/domain';

/**
 * How a link to an area's page reads in the menu and in lists: a force, nation or region by its short name
 * ("Kent"); a named group of forces by its name, the one its page shows and its address is made from, never a
 * second shorter name.
 *
 * @example
 * ```ts
 * areaLinkText(kent); // "Kent"
 * areaLinkText(londonAndSouthEastGroup); // "London, Kent, Surrey, Sussex and Hampshire"
 * ```
 */
export function areaLinkText(area: Pick<Area, 'kind' | 'name' | 'shortName'>): string {
	return area.kind === 'group' ? area.name : area.shortName;
}
