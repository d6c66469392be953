/**
 * A Pagefind result's address as the site links it: Pagefind indexes built files (`/data/areas/kent.html`,
 * `/data/index.html`), the site uses clean URLs (`/data/areas/kent`, `/data/`). The anchor is kept.
 *
 * @example
 * ```ts
 * searchResultLink('/data/areas/kent.html#figure-kent-2019-20-total'); // "/data/areas/kent#figure-kent-2019-20-total"
 * searchResultLink('/data/index.html'); // "/data/"
 * ```
 */
export function searchResultLink(url: string): string {
	const [path = '', ...hash] = url.split('#');
	const clean = path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
	return hash.length > 0 ? `${clean}#${hash.join('#')}` : clean;
}
