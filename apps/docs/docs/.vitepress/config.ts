import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getBundledDataset } from '@signpost-uk/domain';
import { type DefaultTheme, defineConfigWithTheme } from 'vitepress';
import type { HelpBannerConfig } from '../../src/site/help-banner-config.js';
import { helpBannerConfig } from '../../src/site/help-banner-config.js';
import { sidebar } from '../../src/site/sidebar.js';

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
	sitemap: { hostname: 'https://signpost.example.org' },
	themeConfig: {
		help: helpBannerConfig(),
		search: { provider: 'local' },
		nav: [
			{ text: 'SDK', link: '/guide/getting-started' },
			{ text: 'Bot', link: '/bot/commands' },
			{ text: 'Data', link: '/data/' },
			{ text: 'Methodology', link: '/methodology' },
			{ text: 'Support', link: '/support' },
		],
		sidebar: sidebar(getBundledDataset(), join(docsDir, 'api', 'typedoc-sidebar.json')),
		footer: {
			message: 'Recorded offences are not a count of children abused. Every figure is cited to its source.',
		},
	},
});
