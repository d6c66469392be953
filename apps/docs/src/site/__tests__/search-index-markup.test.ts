import { describe, expect, it } from 'vitest';
import { searchIndexMarkup, searchWeight } from '../search-index-markup.js';
import { searchResultLink } from '../search-result-link.js';

const page = (cls: string) =>
	`<main class="main"><div style="position:relative;" class="vp-doc ${cls}" data-v-1>x</div>`;

describe('the search index markup', () => {
	it("marks a reader page's content as Pagefind's body, and leaves the API reference and the sources list out", () => {
		expect(searchIndexMarkup(page('_data_areas_kent'), 'data/areas/kent.md')).toContain(
			'class="vp-doc _data_areas_kent" data-pagefind-body data-v-1',
		);
		for (const left of ['api/functions/getFigures.md', 'sources.md', 'download.md', '404.md']) {
			expect(searchWeight(left), left).toBeNull();
			expect(searchIndexMarkup(page('_x'), left), left).not.toContain('data-pagefind');
		}
	});

	it("links a result by the site's clean address, keeping its anchor", () => {
		expect(searchResultLink('/data/areas/kent.html')).toBe('/data/areas/kent');
		expect(searchResultLink('/data/index.html')).toBe('/data/');
		expect(searchResultLink('/index.html')).toBe('/');
		expect(searchResultLink('/methodology.html#sexual-communication-with-a-child')).toBe(
			'/methodology#sexual-communication-with-a-child',
		);
	});
});
