// The site search's results: Pagefind's JS API, loaded on the first search, and what the panel lists.
import { withBase } from 'vitepress';
import { type Ref, ref } from 'vue';
import { searchResultLink } from '../../../src/site/search-result-link.js';

/** What the panel shows for one page found: its title, address and Pagefind's excerpt (HTML with `<mark>`). */
export interface Found {
	readonly link: string;
	readonly title: string;
	readonly excerpt: string;
}

/** The part of Pagefind's JS API the panel uses (`pagefind.js`, written into `dist/pagefind/` by the build). */
interface PagefindResultData {
	readonly url: string;
	readonly excerpt: string;
	readonly meta: Readonly<Record<string, string | undefined>>;
}
interface PagefindSearch {
	readonly results: readonly { readonly data: () => Promise<PagefindResultData> }[];
}
interface PagefindInstance {
	debouncedSearch(term: string, options: object, debounceMs: number): Promise<PagefindSearch | null>;
}
interface PagefindModule {
	createInstance(options: {
		basePath: string;
		noWorker: boolean;
		excerptLength: number;
		ranking: { metaWeights: Readonly<Record<string, number>> };
	}): PagefindInstance;
}

/** Pages whose details the panel loads per search: each is one fragment file, so fewer means fewer bytes. */
export const SHOWN = 6;

/**
 * How much a match in a page's metadata counts: its title, and the places a force's page lists (the gazetteer's
 * names and aliases, so "Caerdydd" or "Hants" finds the force before a page that mentions the word in passing).
 */
const META_WEIGHTS = { title: 6, places: 8 } as const;

let instance: Promise<PagefindInstance> | undefined;

/**
 * Loads Pagefind on the first search only (nothing is fetched before the reader opens the panel), on the main
 * thread (its worker would be one more file to download for an index this small).
 */
function pagefind(): Promise<PagefindInstance> {
	instance ??= (import(/* @vite-ignore */ withBase('/pagefind/pagefind.js')) as Promise<PagefindModule>).then((m) =>
		m.createInstance({
			basePath: withBase('/pagefind/'),
			noWorker: true,
			excerptLength: 18,
			ranking: { metaWeights: META_WEIGHTS },
		}),
	);
	return instance;
}

/** Where a search is: nothing asked, waiting for Pagefind, results listed (maybe none), or Pagefind failed to load. */
export type SearchStatus = 'idle' | 'loading' | 'done' | 'failed';

/** The panel's results and the function that fills them. */
export interface SearchResults {
	readonly found: Ref<readonly Found[]>;
	readonly status: Ref<SearchStatus>;
	search(term: string): Promise<void>;
}

/**
 * The results of the latest search, best first (at most `SHOWN`): an answer to an older search that arrives late is
 * dropped. What the reader types goes to Pagefind in the page only: it is not sent anywhere, stored or logged.
 *
 * @example
 * ```ts
 * const { found, status, search } = useSearchResults();
 * await search('Caerdydd'); // found.value[0].link === "/data/areas/south-wales"
 * ```
 */
export function useSearchResults(): SearchResults {
	const found = ref<readonly Found[]>([]);
	const status = ref<SearchStatus>('idle');
	let latest = 0;
	const search = async (term: string) => {
		const ask = ++latest;
		if (term.trim() === '') {
			found.value = [];
			status.value = 'idle';
			return;
		}
		status.value = 'loading';
		try {
			const result = await (await pagefind()).debouncedSearch(term, {}, 150);
			if (result === null || ask !== latest) return;
			const pages = await Promise.all(result.results.slice(0, SHOWN).map((r) => r.data()));
			if (ask !== latest) return;
			found.value = pages.map((page) => ({
				link: withBase(searchResultLink(page.url)),
				// A heading's title ends with its permalink's zero-width space.
				title: (page.meta.title ?? searchResultLink(page.url)).replace(/[\s\u200b]+$/u, ''),
				excerpt: page.excerpt,
			}));
			status.value = 'done';
		} catch {
			if (ask === latest) status.value = 'failed';
		}
	};
	return { found, status, search };
}
