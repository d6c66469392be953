import { type Area, areaPageSlug } from '@signpost-uk/domain';

/** Where each generated page lives, relative to the VitePress root (`docs/`), and its link. */
export const SITE_PATHS = {
	home: { file: 'index.md', link: '/' },
	support: { file: 'support.md', link: '/support' },
	sources: { file: 'sources.md', link: '/sources' },
	methodology: { file: 'methodology.md', link: '/methodology' },
	dataIndex: { file: 'data/index.md', link: '/data/' },
	// A folder's index, since the year pages sit in data/national/: any static host serves it the same.
	national: { file: 'data/national/index.md', link: '/data/national/' },
	coverage: { file: 'data/coverage.md', link: '/data/coverage' },
	download: { file: 'download.md', link: '/download' },
	botCommands: { file: 'bot/commands.md', link: '/bot/commands' },
	helpLinesPart: { file: 'parts/help-lines.md', link: '' },
} as const;

/**
 * An area page's file and link.
 *
 * @example
 * ```ts
 * areaPath(derbyshire); // { file: "data/areas/derbyshire.md", link: "/data/areas/derbyshire" }
 * areaPath(londonAndSouthEastGroup).link; // "/data/areas/london-kent-surrey-sussex-and-hampshire"
 * ```
 */
export function areaPath(area: Pick<Area, 'id' | 'kind' | 'name'>): { file: string; link: string } {
	const slug = areaPageSlug(area);
	return { file: `data/areas/${slug}.md`, link: `/data/areas/${slug}` };
}

/**
 * A national year page's file and link: one page per financial year, so each page cites its sources once.
 *
 * @example
 * ```ts
 * nationalYearPath('2019/20'); // { file: "data/national/2019-20.md", link: "/data/national/2019-20" }
 * ```
 */
export function nationalYearPath(year: string): { file: string; link: string } {
	const slug = year.replace('/', '-');
	return { file: `data/national/${slug}.md`, link: `/data/national/${slug}` };
}
