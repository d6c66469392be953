/**
 * The path of a docs site page a reply links to (the same paths the docs site generates): an area's page (by the
 * domain's `areaPageSlug`, so a group's page is addressed by its name), the national page or the sources page.
 * Joined to the docs base address from the environment.
 *
 * @example
 * ```ts
 * docsLink('area', areaPageSlug(kent)); // "/data/areas/kent"
 * ```
 */
export function docsLink(page: 'area' | 'national' | 'sources', id?: string): string {
	switch (page) {
		case 'area':
			return `/data/areas/${id ?? ''}`;
		case 'national':
			return '/data/national/';
		case 'sources':
			return '/sources';
	}
}
