import { existsSync, readFileSync } from 'node:fs';
import type { Dataset } from '@signpost-uk/domain';
import type { DefaultTheme } from 'vitepress';
import { areaLinkText } from '../generate/area-link-text.js';
import { areasWithPages } from '../generate/areas-with-pages.js';
import { nationalYears } from '../generate/national-page.js';
import { areaPath, nationalYearPath, SITE_PATHS } from '../generate/site-paths.js';

/**
 * TypeDoc's groups (Functions, Interfaces...) have no page of their own: a collapsible group without a link renders
 * as a button holding its toggle button (axe: nested-interactive), so those groups are shown open, not collapsible.
 */
function openGroups(items: DefaultTheme.SidebarItem[]): DefaultTheme.SidebarItem[] {
	return items.map((item) => {
		if (!item.items) return item;
		if (item.link) return { ...item, items: openGroups(item.items) };
		const { collapsed: _collapsible, ...group } = item;
		return { ...group, items: openGroups(item.items) };
	});
}

/**
 * The site's sidebar, readers' pages first: the data with every area page, methodology, sources and support; then
 * the SDK's guides and API reference (when TypeDoc has written its sidebar), the MCP server and the bot.
 *
 * @example
 * ```ts
 * sidebar(getBundledDataset(), 'docs/api/typedoc-sidebar.json');
 * ```
 */
export function sidebar(dataset: Dataset, apiSidebarFile: string): DefaultTheme.SidebarItem[] {
	const api: DefaultTheme.SidebarItem[] = existsSync(apiSidebarFile)
		? openGroups(JSON.parse(readFileSync(apiSidebarFile, 'utf8')) as DefaultTheme.SidebarItem[])
		: [];
	return [
		{
			text: 'Data',
			items: [
				{
					text: 'All areas',
					link: SITE_PATHS.dataIndex.link,
					collapsed: true,
					items: areasWithPages(dataset).map((a) => ({ text: areaLinkText(a), link: areaPath(a).link })),
				},
				{
					text: 'National figures',
					link: SITE_PATHS.national.link,
					collapsed: true,
					items: nationalYears(dataset).map((year) => ({ text: year, link: nationalYearPath(year).link })),
				},
				{ text: 'Coverage', link: SITE_PATHS.coverage.link },
				{ text: 'Download the data', link: SITE_PATHS.download.link },
			],
		},
		{
			text: 'About the figures',
			items: [
				{ text: 'Methodology and caveats', link: SITE_PATHS.methodology.link },
				{ text: 'Sources', link: SITE_PATHS.sources.link },
				{ text: 'Adding a figure', link: '/contributing/adding-a-figure' },
			],
		},
		{ text: 'Support', items: [{ text: 'Help services', link: SITE_PATHS.support.link }] },
		{
			text: 'SDK',
			items: [
				{ text: 'Getting started', link: '/guide/getting-started' },
				// Collapsible groups carry a link: without one VitePress renders the group as a button holding its
				// toggle button (axe: nested-interactive).
				...(api.length > 0 ? [{ text: 'API reference', link: '/api/', collapsed: true, items: api }] : []),
			],
		},
		{ text: 'HTTP API', items: [{ text: 'API reference (OpenAPI)', link: '/guide/api' }] },
		{ text: 'AI assistants', items: [{ text: 'MCP server', link: '/guide/mcp' }] },
		{
			text: 'The bot',
			items: [
				{ text: 'Commands', link: SITE_PATHS.botCommands.link },
				{ text: 'Setup', link: '/bot/setup' },
				{ text: 'Deployment', link: '/bot/deployment' },
				{ text: 'Privacy', link: '/bot/privacy' },
			],
		},
	];
}
