import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CAVEAT_SUMMARY, getBundledDataset } from '@signpost-uk/domain';
import { type DefaultTheme, defineConfigWithTheme } from 'vitepress';
import type { HelpBannerConfig } from '../../src/site/help-banner-config.js';
import { helpBannerConfig } from '../../src/site/help-banner-config.js';
import { readablePermalinks } from '../../src/site/readable-permalinks.js';
import { searchIndexMarkup } from '../../src/site/search-index-markup.js';
import { sidebar } from '../../src/site/sidebar.js';
import { siteEnv } from '../../src/site/site-env.js';
import { tableCellLabels } from '../../src/site/table-cell-labels.js';
import { telLinks } from '../../src/site/tel-links.js';

const help = helpBannerConfig();
const { baseUrl } = siteEnv();
const docsDir = fileURLToPath(new URL('..', import.meta.url));

/** The default theme's settings plus the help banner's numbers. */
type ThemeConfig = DefaultTheme.Config & { help: HelpBannerConfig };

export default defineConfigWithTheme<ThemeConfig>({
	title: 'Signpost',
	description:
		'UK police-recorded child sexual offence figures, each with its source, and the help lines on every page.',
	lang: 'en-GB',
	cleanUrls: true,
	lastUpdated: false,
	// A dead link fails the build.
	ignoreDeadLinks: false,
	srcExclude: ['parts/**'],
	// Anchor links land below the help banner and the navigation (the nav is fixed under the banner).
	scrollOffset: { selector: '.VPNav', padding: 24 },
	// Every help number on every page is a tel: link (999 only where the text is about calling it).
	markdown: {
		// Syntax colours with at least 4.5:1 contrast on the code background (the default themes' are lower).
		theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
		config: (md) => {
			telLinks(md, help.phones, help.callOnly);
			readablePermalinks(md);
			tableCellLabels(md);
		},
	},
	// VitePress leaves the 404 page's HTML empty (it renders in the browser): give readers without JavaScript the
	// page as rendered at build time, help banner and help lines included.
	// Pagefind (run on dist after the build) indexes each page's own content, weighted by kind of page.
	transformHtml: (html, _file, { page, content }) =>
		page === '404.md'
			? html.replace('<div id="app"></div>', `<div id="app"></div><noscript>${content}</noscript>`)
			: searchIndexMarkup(html, page),
	// A sitemap needs the site's address: written only when DOCS_BASE_URL is set (no placeholder host).
	...(baseUrl ? { sitemap: { hostname: baseUrl } } : {}),
	head: [['link', { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }]],
	themeConfig: {
		help,
		nav: [
			{ text: 'Data', link: '/data/' },
			{ text: 'Methodology', link: '/methodology' },
			{ text: 'Support', link: '/support' },
			{ text: 'SDK', link: '/guide/getting-started' },
			{ text: 'Bot', link: '/bot/commands' },
		],
		sidebar: sidebar(getBundledDataset(), join(docsDir, 'api', 'typedoc-sidebar.json')),
		footer: {
			message: `${CAVEAT_SUMMARY} Every figure is cited to its source.`,
		},
	},
});
