// The 404 page: says the page is not here and gives the help lines, in the static HTML (readable with JavaScript off).
import { useData, withBase } from 'vitepress';
import { defineComponent, h } from 'vue';
import type { HelpBannerConfig } from '../../../src/site/help-banner-config.js';
import { phoneParts } from '../../../src/site/phone-parts.js';
import { telHref } from '../../../src/site/tel-href.js';

/**
 * The page shown for an address with no page: a heading, a link home and to the data, and the help lines (the domain's, as on every page) with `tel:` links.
 *
 * @example
 * ```ts
 * h(DefaultTheme.Layout, null, { 'not-found': () => h(NotFound) });
 * ```
 */
export const NotFound = defineComponent({
	name: 'SignpostNotFound',
	setup() {
		const { theme } = useData<{ help: HelpBannerConfig }>();
		const help = theme.value.help;
		return () =>
			h('div', { class: 'sp-not-found vp-doc', 'data-testid': 'not-found' }, [
				h('h1', 'Page not found'),
				h('p', [
					'There is no page at this address. Try the ',
					h('a', { href: withBase('/') }, 'home page'),
					' or ',
					h('a', { href: withBase('/data/') }, 'the figures for every area'),
					'.',
				]),
				h('h2', 'Get help'),
				h(
					'ul',
					help.lines.map((line) =>
						h(
							'li',
							phoneParts(line, help.phones, help.callOnly).map((p) =>
								p.phone ? h('a', { href: telHref(p.text) }, p.text) : p.text,
							),
						),
					),
				),
				h('p', [h('a', { href: withBase(help.supportLink) }, 'Every support service Signpost lists')]),
			]);
	},
});
