// The help banner on every page. It has no close button: it cannot be dismissed.
import { useData, withBase } from 'vitepress';
import { defineComponent, h, onBeforeUnmount, onMounted, ref } from 'vue';
import type { HelpBannerConfig } from '../../../src/site/help-banner-config.js';
import { telHref } from '../../../src/site/tel-href.js';

/**
 * The help banner: Childline, the NSPCC Helpline and 999, with the numbers from the site config (the domain's
 * constants at build time), and a link to every support service.
 *
 * @example
 * ```ts
 * h(DefaultTheme.Layout, null, { 'layout-top': () => h(HelpBanner) });
 * ```
 */
export const HelpBanner = defineComponent({
	name: 'HelpBanner',
	setup() {
		const { theme } = useData<{ help: HelpBannerConfig }>();
		const help = theme.value.help;
		const banner = ref<HTMLElement | null>(null);
		let observer: ResizeObserver | undefined;
		// VitePress offsets its fixed navigation by --vp-layout-top-height; keep it equal to the banner's height.
		const syncHeight = () => {
			if (banner.value)
				document.documentElement.style.setProperty('--vp-layout-top-height', `${banner.value.offsetHeight}px`);
		};
		onMounted(() => {
			syncHeight();
			observer = new ResizeObserver(syncHeight);
			if (banner.value) observer.observe(banner.value);
		});
		onBeforeUnmount(() => observer?.disconnect());
		// On a phone the audience notes shorten ("under 19s", "adults"), so the banner takes two or three lines.
		const who = (long: string, short: string) => [
			h('span', { class: 'sp-help-long' }, ` (${long})`),
			h('span', { class: 'sp-help-short' }, ` (${short})`),
		];
		return () =>
			h('aside', { ref: banner, class: 'sp-help-banner', 'aria-label': 'Help lines', 'data-testid': 'help-banner' }, [
				h('span', { class: 'sp-help-lead' }, 'Need to talk to someone?'),
				h('span', [
					'Childline ',
					h('a', { href: telHref(help.childline) }, help.childline),
					...who(help.childlineFor, 'under 19s'),
				]),
				h('span', [
					'NSPCC Helpline ',
					h('a', { href: telHref(help.nspcc) }, help.nspcc),
					...who(help.nspccFor, 'adults'),
				]),
				h('span', ['Emergency ', h('a', { href: telHref(help.emergency) }, help.emergency)]),
				h('a', { href: withBase(help.supportLink) }, 'All support services'),
			]);
	},
});
