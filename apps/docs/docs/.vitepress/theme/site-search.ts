// The site search: a button in the navigation that opens a panel below the help banner, over Pagefind's JS API.
import { defineComponent, h, nextTick, onBeforeUnmount, onMounted, type Ref, ref, type VNode } from 'vue';
import { SEARCH_WORDING } from '../../../src/site/search-wording.js';
import { type Found, type SearchStatus, SHOWN, useSearchResults } from './search-results.js';

function statusText(status: SearchStatus, found: readonly Found[]): string {
	if (status === 'loading') return SEARCH_WORDING.searching;
	if (status === 'failed') return SEARCH_WORDING.failed;
	if (status === 'done' && found.length === 0) return SEARCH_WORDING.none;
	if (status === 'done') return found.length === SHOWN ? SEARCH_WORDING.best : SEARCH_WORDING.all;
	return SEARCH_WORDING.idle;
}

function resultList(found: readonly Found[], close: () => void) {
	return h(
		'ol',
		{ class: 'sp-search-results', 'data-testid': 'search-results' },
		found.map((page) =>
			h('li', { key: page.link }, [
				h('a', { href: page.link, class: 'sp-search-result', onClick: close }, page.title),
				h('p', { class: 'sp-search-excerpt', innerHTML: page.excerpt }),
			]),
		),
	);
}

/** The open panel: the field, a close button, what the search is doing, and the results. */
function searchPanel(parts: {
	readonly input: Ref<HTMLInputElement | null>;
	readonly query: string;
	readonly text: string;
	readonly results: VNode;
	readonly onInput: (value: string) => void;
	readonly close: () => void;
}): VNode {
	return h(
		'div',
		{
			class: 'sp-search-panel',
			role: 'dialog',
			'aria-modal': 'true',
			'aria-label': SEARCH_WORDING.label,
			'data-testid': 'search-panel',
		},
		[
			h('div', { class: 'sp-search-bar' }, [
				h('input', {
					ref: parts.input,
					type: 'search',
					class: 'sp-search-input',
					'aria-label': SEARCH_WORDING.label,
					placeholder: SEARCH_WORDING.placeholder,
					autocomplete: 'off',
					enterkeyhint: 'search',
					value: parts.query,
					onInput: (event: Event) => parts.onInput((event.target as HTMLInputElement).value),
				}),
				h('button', { type: 'button', class: 'sp-search-close', onClick: parts.close }, SEARCH_WORDING.close),
			]),
			h('p', { class: 'sp-search-status', role: 'status' }, parts.text),
			parts.results,
		],
	);
}

/**
 * The search button and panel. The panel sits below the help banner (top: `--vp-layout-top-height`), so the help
 * lines stay on screen while it is open; on a phone it fills the rest of the screen. Escape or the close button
 * shuts it and gives focus back to the button. What the reader types is sent nowhere: Pagefind searches in the page.
 *
 * @example
 * ```ts
 * h(DefaultTheme.Layout, null, { 'nav-bar-content-before': () => h(SiteSearch) });
 * ```
 */
export const SiteSearch = defineComponent({
	name: 'SiteSearch',
	setup() {
		const open = ref(false);
		const query = ref('');
		const { found, status, search } = useSearchResults();
		const input = ref<HTMLInputElement | null>(null);
		const button = ref<HTMLButtonElement | null>(null);

		const close = () => {
			open.value = false;
			void nextTick().then(() => button.value?.focus());
		};
		const show = () => {
			open.value = true;
			void nextTick().then(() => input.value?.focus());
		};
		const onKey = (event: KeyboardEvent) => {
			if (event.key === 'Escape' && open.value) close();
		};
		onMounted(() => window.addEventListener('keydown', onKey));
		onBeforeUnmount(() => window.removeEventListener('keydown', onKey));

		return () => [
			h(
				'button',
				{
					ref: button,
					type: 'button',
					class: 'sp-search-button',
					'aria-haspopup': 'dialog',
					'aria-expanded': String(open.value),
					'data-testid': 'search-button',
					onClick: show,
				},
				[h('span', { class: 'vpi-search', 'aria-hidden': 'true' }), h('span', SEARCH_WORDING.button)],
			),
			open.value
				? searchPanel({
						input,
						query: query.value,
						text: statusText(status.value, found.value),
						results: resultList(found.value, close),
						onInput: (value) => {
							query.value = value;
							void search(value);
						},
						close,
					})
				: null,
		];
	},
});
