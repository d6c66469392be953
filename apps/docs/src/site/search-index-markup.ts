/**
 * How much a page's words count in the site search, by the page's source file (relative to `docs/`): `null` leaves
 * the page out of the index. The API reference is for developers and is left out (it was 29% of the old index and
 * outranked places); the sources list and the download page's changelog name every headline, which outranked the
 * pages that cite them ("grooming" found the download page first), so they are left out too.
 *
 * @example
 * ```ts
 * searchWeight('api/functions/getFigures.md'); // null
 * searchWeight('sources.md'); // null
 * searchWeight('data/areas/kent.md'); // 1
 * ```
 */
export function searchWeight(page: string): number | null {
	if (page.startsWith('api/') || ['404.md', 'sources.md', 'download.md'].includes(page)) return null;
	return 1;
}

/** The opening tag's start of the page's content: `<div style="position:relative;" class="vp-doc _data_areas_kent"`. */
const DOC_BODY = /<div( style="[^"]*")? class="vp-doc( [^"]*)?"/;

/**
 * Marks a built page for Pagefind (run on `dist` after `vitepress build`): the page's own content (`.vp-doc`) is
 * the indexed body, so the navigation, sidebar, footer and help banner, the same on every page, are not indexed,
 * and pages with no body (the API reference) are left out. A weight below 1 goes on the body as
 * `data-pagefind-weight`.
 *
 * @example
 * ```ts
 * defineConfig({ transformHtml: (html, _file, { page }) => searchIndexMarkup(html, page) });
 * ```
 */
export function searchIndexMarkup(html: string, page: string): string {
	const weight = searchWeight(page);
	if (weight === null) return html;
	const attributes = weight === 1 ? 'data-pagefind-body' : `data-pagefind-body data-pagefind-weight="${weight}"`;
	return html.replace(DOC_BODY, (match) => `${match} ${attributes}`);
}
