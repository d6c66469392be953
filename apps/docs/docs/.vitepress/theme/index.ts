// The default theme with the help banner above every page (layout-top), the site search in the navigation, and the
// chart styles.
import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import { h } from 'vue';
import { HelpBanner } from './help-banner.js';
import { NotFound } from './not-found.js';
import { SiteSearch } from './site-search.js';
import './custom.css';

export default {
	extends: DefaultTheme,
	Layout: () =>
		h(DefaultTheme.Layout, null, {
			'layout-top': () => h(HelpBanner),
			'nav-bar-content-before': () => h(SiteSearch),
			'not-found': () => h(NotFound),
		}),
} satisfies Theme;
