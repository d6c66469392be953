import type { BrowserContext, Page } from 'playwright-core';

/** One search as a reader on a phone makes it: the pages listed, in order, and what crossed the network. */
export interface SearchProbe {
	/** The result links, best first, as the panel lists them (site paths, anchors kept). */
	readonly links: readonly string[];
	/**
	 * Bytes received (headers and bodies, as sent) for the requests sent from tapping the search button to the first
	 * results listed.
	 */
	readonly bytes: number;
	/** Each response in that span: its path and bytes, for the benchmark's breakdown. */
	readonly responses: readonly { readonly path: string; readonly bytes: number }[];
}

/** The phone the docs are tried on: 390 px wide, as the reader. */
export const PHONE = { width: 390, height: 844 } as const;

/**
 * Opens a page on a 390 px phone with the browser cache off, taps the search button, types the words and waits for
 * the first results, counting the bytes Chromium received meanwhile (CDP `Network.loadingFinished`'s
 * `encodedDataLength`: headers and the body as sent, so compressed where the server compresses).
 *
 * @example
 * ```ts
 * const { links, bytes } = await probeSearch(context, `${server.url}/`, 'Caerdydd');
 * links[0]; // "/data/areas/south-wales"
 * ```
 */
export async function probeSearch(context: BrowserContext, pageUrl: string, words: string): Promise<SearchProbe> {
	const page = await context.newPage();
	try {
		await page.setViewportSize(PHONE);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		await page.goto(pageUrl, { waitUntil: 'load' });
		// The reader taps once the page has settled (VitePress prefetches the pages its links lead to after load); on a
		// busy machine it may not settle in time, so only requests sent after the tap are counted.
		await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
		await page.getByTestId('search-button').waitFor({ state: 'visible' });
		const paths = new Map<string, string>();
		const received: { path: string; bytes: number }[] = [];
		cdp.on('Network.requestWillBeSent', (event) => paths.set(event.requestId, new URL(event.request.url).pathname));
		cdp.on('Network.loadingFinished', (event) => {
			const path = paths.get(event.requestId);
			if (path !== undefined) received.push({ path, bytes: event.encodedDataLength });
		});
		await page.getByTestId('search-button').click();
		await page.getByRole('searchbox', { name: 'Search the site' }).fill(words);
		const links = await firstResults(page);
		// Let the loads that finished with the results be reported before counting.
		await page.waitForTimeout(100);
		await cdp.detach();
		return { links, bytes: received.reduce((sum, r) => sum + r.bytes, 0), responses: received };
	} finally {
		await page.close();
	}
}

async function firstResults(page: Page): Promise<string[]> {
	const results = page.getByTestId('search-results').locator('a');
	await results.first().waitFor({ state: 'visible', timeout: 20_000 });
	return (await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).filter(Boolean);
}
