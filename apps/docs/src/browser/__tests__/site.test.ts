import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
	CHILDLINE_PHONE,
	EMERGENCY_PHONE,
	getBundledDataset,
	getFigures,
	latestSummary,
	NSPCC_HELPLINE_PHONE,
	STOP_IT_NOW_PHONE,
	yearsHeld,
} from '@signpost-uk/domain';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areasWithFigures } from '../../generate/areas-with-figures.js';
import { areasWithPages } from '../../generate/areas-with-pages.js';
import { areaPath } from '../../generate/site-paths.js';
import { telHref } from '../../site/tel-href.js';
import { builtPagePaths, DIST_DIR, ensureBuilt, PACKAGE_DIR } from '../built-site.js';
import { type LaunchedBrowser, launchChromium } from '../launch-chromium.js';
import { PHONE, probeSearch } from '../site-search-probe.js';
import { type StaticServer, serveStatic } from '../static-server.js';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const RESULTS_DIR = join(PACKAGE_DIR, 'test-results');
const dataset = getBundledDataset();
// Derbyshire is one of the areas the source articles give figures for; any area with figures would do.
const area = areasWithFigures(dataset).find((a) => a.id === 'derbyshire') ?? areasWithFigures(dataset)[0];

let server: StaticServer;
let browser: LaunchedBrowser;

async function open(path: string): Promise<Page> {
	const page = await browser.context.newPage();
	await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
	return page;
}

async function seriousViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: AXE_PATH });
	const violations = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: { run: () => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> };
			}
		).axe;
		return (await axe.run()).violations;
	});
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => (n as { target: unknown }).target))}`);
}

beforeAll(async () => {
	ensureBuilt();
	mkdirSync(RESULTS_DIR, { recursive: true });
	server = await serveStatic(DIST_DIR);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** How far a table's first header moves when the table is scrolled 400 px down in its own box (0 when fixed). */
async function headerShiftOnScroll(table: Locator): Promise<number> {
	await table.scrollIntoViewIfNeeded();
	const before = await table.locator('thead th').first().boundingBox();
	const scrolled = await table.evaluate((t) => {
		t.scrollTop = 400;
		return t.scrollTop;
	});
	expect(scrolled).toBeGreaterThan(0);
	const after = await table.locator('thead th').first().boundingBox();
	return Math.abs((after?.y ?? 0) - (before?.y ?? 99));
}

/** Runs in the page: the numbers that appear in `main`'s text outside a tel: link. */
function unlinkedNumbers(main: Element, numbers: readonly string[]): string[] {
	const found: string[] = [];
	const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		if (node.parentElement?.closest('a[href^="tel:"]')) continue;
		found.push(...numbers.filter((n) => node?.textContent?.includes(n)));
	}
	return found;
}

describe('the built docs site in Chromium', () => {
	it('carries the help banner, with tel: links for both numbers and 999, in the static HTML of every page', () => {
		const paths = builtPagePaths();
		expect(paths).toContain('/');
		expect(paths).toContain('/support');
		expect(paths).toContain('/404');
		for (const path of paths) {
			const file = join(DIST_DIR, path.endsWith('/') ? `${path}index.html` : `${path}.html`);
			const html = readFileSync(file, 'utf8');
			const banner = html.match(/<aside class="sp-help-banner"[\s\S]*?<\/aside>/)?.[0] ?? '';
			for (const number of [CHILDLINE_PHONE, NSPCC_HELPLINE_PHONE, EMERGENCY_PHONE])
				expect(banner, path).toContain(`<a href="${telHref(number)}">${number}</a>`);
		}
	});

	it("shows the help banner on pages of every kind, and the 404 page's help lines with JavaScript off", async () => {
		const page = await browser.context.newPage();
		const sample = ['/', '/support', '/data/national/', '/data/coverage', ...(area ? [areaPath(area).link] : [])];
		for (const path of sample) {
			await page.goto(`${server.url}${path}`, { waitUntil: 'domcontentloaded' });
			await page.getByTestId('help-banner').waitFor({ state: 'visible' });
		}
		const cdp = await browser.context.newCDPSession(page);
		await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
		await page.goto(`${server.url}/no-such-page`, { waitUntil: 'load' });
		expect(
			await page.evaluate(() => 'Vue' in window || document.querySelector('#app')?.hasAttribute('data-v-app')),
		).toBe(false);
		const notFound = page.getByTestId('not-found');
		await notFound.waitFor({ state: 'visible' });
		for (const number of [CHILDLINE_PHONE, NSPCC_HELPLINE_PHONE, EMERGENCY_PHONE]) {
			await expect(
				notFound
					.locator(`a[href="${telHref(number)}"]`)
					.first()
					.isVisible(),
			).resolves.toBe(true);
			await expect(
				page
					.getByTestId('help-banner')
					.locator(`a[href="${telHref(number)}"]`)
					.isVisible(),
			).resolves.toBe(true);
		}
		// With JavaScript off, the banner must not cover the navigation's links.
		const banner = await page.getByTestId('help-banner').boundingBox();
		const nav = await page.locator('.VPNav').boundingBox();
		expect(nav?.y ?? 0).toBeGreaterThanOrEqual((banner?.y ?? 0) + (banner?.height ?? 0) - 1);
		await page.screenshot({ path: join(RESULTS_DIR, '404-no-js.png') });
		await cdp.detach();
		await page.close();
	});

	it('names no placeholder host anywhere in a default build, and writes no sitemap without a base address', () => {
		const files = readdirSync(DIST_DIR, { recursive: true, encoding: 'utf8' }).filter((f) =>
			/\.(html|js|css|json|xml|txt|md)$/.test(f),
		);
		expect(files.length).toBeGreaterThan(100);
		const named = files.filter((f) => readFileSync(join(DIST_DIR, f), 'utf8').includes('example.org'));
		expect(named).toEqual([]);
		expect(existsSync(join(DIST_DIR, 'sitemap.xml'))).toBe(false);
	});

	it("serves the national page as its folder's index, as any static host would, with every link to it ending in a slash", async () => {
		// A page and a folder of the same name (data/national.html beside data/national/) made a plain static host
		// list the folder's files at /data/national: the page is now data/national/index.html.
		expect(existsSync(join(DIST_DIR, 'data', 'national', 'index.html'))).toBe(true);
		expect(existsSync(join(DIST_DIR, 'data', 'national.html'))).toBe(false);
		const linking = builtPagePaths().filter((path) => {
			const file = join(DIST_DIR, path.endsWith('/') ? `${path}index.html` : `${path}.html`);
			return /href="\/data\/national"/.test(readFileSync(file, 'utf8'));
		});
		expect(linking).toEqual([]);
		// Served the way a plain static host serves a folder (its index.html, no clean-URL rewriting), the page renders
		// and its year links lead to pages that exist.
		const page = await open('/data/national/index.html');
		await page.locator('h1', { hasText: 'National figures' }).waitFor({ state: 'visible' });
		const years = await page
			.locator('.vp-doc a[href^="/data/national/"]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(years.length).toBeGreaterThan(0);
		for (const year of new Set(years.map((y) => y.split('#')[0])))
			expect(existsSync(join(DIST_DIR, `${year}.html`)), year).toBe(true);
		await page.close();
	});

	it('leads the national page with the UK total and its year on a 390 px phone, before any nation or force', async () => {
		const uk = dataset.areas.find((a) => a.kind === 'uk');
		const sentence = uk ? latestSummary(dataset, uk).sentences[0] : undefined;
		expect(sentence).toBeDefined();
		const page = await browser.context.newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${server.url}/data/national/`, { waitUntil: 'load' });
		const first = page.locator('main .sp-summary p').first();
		expect(await first.textContent()).toBe(sentence);
		const box = await first.boundingBox();
		expect((box?.y ?? 999) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
		// The first figure in the page's text is the UK's: no nation's or force's total comes before it.
		const text = (await page.locator('main').textContent()) ?? '';
		const ukTotal = uk ? latestSummary(dataset, uk).total : null;
		const value = ukTotal?.figures[0]?.valueText ?? '';
		expect(value).not.toBe('');
		const firstNumber = text.match(/\d{1,3}(,\d{3})+/)?.[0];
		expect(firstNumber).toBe(value);
		await page.screenshot({ path: join(RESULTS_DIR, 'national-390.png') });
		await page.close();
	});

	it('has a page for every force, reached from the menu; City of London says what is and is not held, with help', async () => {
		const forces = dataset.areas.filter((a) => a.kind === 'force');
		for (const force of forces) expect(existsSync(join(DIST_DIR, `${areaPath(force).link}.html`)), force.id).toBe(true);
		const page = await browser.context.newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${server.url}/data/areas/city-of-london`, { waitUntil: 'load' });
		expect(await page.locator('h1').first().textContent()).toContain('City of London Police');
		expect(await page.locator('main .sp-summary').textContent()).toContain(
			'Signpost holds no published figure for City of London Police.',
		);
		for (const number of [CHILDLINE_PHONE, NSPCC_HELPLINE_PHONE])
			expect(await page.locator(`main a[href="${telHref(number)}"]`).count(), number).toBeGreaterThan(0);
		expect(await page.getByRole('heading', { name: 'What is not held' }).count()).toBe(1);
		// The menu lists it: open the phone menu on another page and find its link.
		await page.goto(`${server.url}/support`, { waitUntil: 'load' });
		await page.locator('.VPLocalNav button.menu').first().click();
		await page.locator('.VPSidebar').waitFor({ state: 'visible' });
		expect(await page.locator('.VPSidebar a[href$="/data/areas/city-of-london"]').count()).toBe(1);
		await page.close();
	});

	it('addresses each group of forces by its one name, in the address, heading, menu and summary', async () => {
		const groups = areasWithPages(dataset).filter((a) => a.kind === 'group');
		expect(groups.length).toBeGreaterThan(0);
		const home = await open('/data/');
		const menu = await home
			.locator('.VPSidebar a')
			.evaluateAll((links) =>
				links.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent?.trim() ?? '' })),
			);
		await home.close();
		for (const group of groups) {
			const link = areaPath(group).link;
			// The words of its name, not its internal id.
			const words =
				group.name
					.toLowerCase()
					.replace(/&/g, 'and')
					.match(/[a-z0-9]+/g) ?? [];
			expect(link, group.id).toBe(`/data/areas/${words.join('-')}`);
			expect(menu.filter((m) => m.href === link).map((m) => m.text)).toEqual([group.name]);
			const page = await open(link);
			// The heading's text ends with its permalink's zero-width space.
			expect((await page.locator('h1').first().textContent())?.replace(/[\s\u200b]+$/u, '')).toBe(group.name);
			const text = (await page.locator('.vp-doc').textContent()) ?? '';
			if (group.shortName !== group.name)
				expect(text.replaceAll(group.name, ''), group.id).not.toContain(group.shortName);
			// The summary box lists what is held: a figure with its year or span, never an empty box.
			expect(await page.locator('.sp-summary li').count(), group.id).toBeGreaterThan(0);
			await page.close();
		}
	});

	it('labels figure permalinks for screen readers without their raw ids', async () => {
		const page = await open(area ? areaPath(area).link : '/data/national/');
		const labels = await page
			.locator('main a.header-anchor')
			.evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''));
		expect(labels.length).toBeGreaterThan(0);
		for (const label of labels) expect(label).not.toMatch(/\{#|figure-[a-z0-9-]+/);
		await page.close();
	});

	it('links all four help numbers with tel: on the support page, each once per section', async () => {
		const page = await open('/support');
		for (const number of [CHILDLINE_PHONE, NSPCC_HELPLINE_PHONE, STOP_IT_NOW_PHONE, EMERGENCY_PHONE])
			expect(await page.locator(`main a[href="${telHref(number)}"]`).count(), number).toBeGreaterThan(0);
		// Every visible help number in the page's text is inside a tel: link.
		const unlinked = await page
			.locator('main')
			.evaluate(unlinkedNumbers, [CHILDLINE_PHONE, NSPCC_HELPLINE_PHONE, STOP_IT_NOW_PHONE]);
		expect(unlinked).toEqual([]);
		await page.close();
	});

	it.skipIf(!area)('opens an area page with its latest total above the fold on a 390 px phone', async () => {
		if (!area) return;
		const page = await browser.context.newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${server.url}${areaPath(area).link}`, { waitUntil: 'load' });
		const first = latestSummary(dataset, area).sentences[0] ?? '';
		const summary = page.locator('.sp-summary');
		await summary.waitFor({ state: 'visible' });
		expect(await summary.textContent()).toContain(first);
		const box = await summary.locator('p').first().boundingBox();
		expect(box).not.toBeNull();
		expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
		const banner = await page.getByTestId('help-banner').boundingBox();
		expect(banner?.height ?? 999, 'banner height at 390 px').toBeLessThanOrEqual(100);
		await page.screenshot({ path: join(RESULTS_DIR, 'area-page-390.png') });
		await page.close();
	});

	// Skipped, and reported as skipped, only while the bundled dataset holds no figure at all.
	it.skipIf(!area)('shows on an area page the same numbers the domain returns for that area', async () => {
		if (!area) return;
		const page = await open(areaPath(area).link);
		const text = (await page.locator('main').textContent()) ?? '';
		expect(await page.locator('h1').textContent()).toContain(area.shortName);
		let checked = 0;
		for (const year of yearsHeld(dataset, { area: area.id })) {
			const answer = getFigures(dataset, { area: area.id, year });
			expect(answer.status).toBe('found');
			if (answer.status !== 'found') continue;
			for (const figure of [...answer.data.figures, ...answer.data.spanFigures]) {
				expect(text, figure.figure.id).toContain(figure.valueText);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(0);
		await page.screenshot({ path: join(RESULTS_DIR, 'area-page.png'), fullPage: true });
		await page.close();
	});

	it('draws no chart line across a missing or disputed year, each chart once, on every page with charts', async () => {
		const page = await browser.context.newPage();
		// Every page's static HTML is checked in the generator's tests; here, the pages as the browser draws them.
		const paths = ['/data/national/', '/data/areas/metropolitan', ...(area ? [areaPath(area).link] : [])];
		let lines = 0;
		for (const path of paths) {
			await page.goto(`${server.url}${path}`, { waitUntil: 'domcontentloaded' });
			const charts = await page.locator('svg.sp-chart').evaluateAll((svgs) =>
				svgs.map((svg) => ({
					id: svg.id,
					years: (svg.getAttribute('data-years') ?? '').split(' '),
					disputed: Array.from(svg.querySelectorAll('.sp-range')).map((r) => r.getAttribute('data-year')),
					lines: Array.from(svg.querySelectorAll('line.sp-line')).map((l) => [
						l.getAttribute('data-from') ?? '',
						l.getAttribute('data-to') ?? '',
					]),
				})),
			);
			expect(new Set(charts.map((c) => c.id)).size, path).toBe(charts.length);
			for (const chart of charts)
				for (const [from = '', to = ''] of chart.lines) {
					lines++;
					expect(Number(to.slice(0, 4)) - Number(from.slice(0, 4)), `${path} ${chart.id} ${from}-${to}`).toBe(1);
					expect(chart.years, `${path} ${chart.id}`).toEqual(expect.arrayContaining([from, to]));
					expect(chart.disputed, `${path} ${chart.id}`).not.toContain(from);
					expect(chart.disputed, `${path} ${chart.id}`).not.toContain(to);
				}
		}
		expect(lines).toBeGreaterThan(0);
		await page.close();
	});

	it('lets no page overflow a 390 px phone: tables fit, or scroll in their own box with the first column fixed', async () => {
		const page = await browser.context.newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		const paths = ['/data/national/', '/data/coverage', ...(area ? [areaPath(area).link] : [])];
		for (const path of paths) {
			await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
			expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
			const tables = await page.locator('.vp-doc table').evaluateAll((all) =>
				all.map((t) => {
					const box = t.getBoundingClientRect();
					const first = t.querySelector('td, th');
					return {
						right: box.right,
						overflowing: t.scrollWidth > t.clientWidth + 1,
						scrolls: ['auto', 'scroll'].includes(getComputedStyle(t).overflowX),
						firstSticky: first ? getComputedStyle(first).position === 'sticky' : false,
					};
				}),
			);
			expect(tables.length, path).toBeGreaterThan(0);
			for (const t of tables) {
				expect(t.right, path).toBeLessThanOrEqual(390);
				if (t.overflowing)
					expect(t.scrolls && t.firstSticky, `${path}: a wide table scrolls with its first column fixed`).toBe(true);
			}
		}
		// Both coverage tables (totals by year, and the ledger by release) scroll inside their own boxes, headers fixed.
		await page.goto(`${server.url}/data/coverage`, { waitUntil: 'load' });
		const boxes = page.locator('.sp-scroll-box table');
		expect(await boxes.count()).toBe(2);
		for (const coverage of await boxes.all()) expect(await headerShiftOnScroll(coverage)).toBeLessThanOrEqual(2);
		await page.close();
	});

	it("stacks each area page's year tables on a 390 px phone so no Sources cell is cut, and has no doubled word", async () => {
		const page = await browser.context.newPage();
		await page.setViewportSize(PHONE);
		const pages = builtPagePaths().filter((path) => path.startsWith('/data/areas/'));
		expect(pages.length).toBeGreaterThan(40);
		let stacked = 0;
		for (const path of pages) {
			await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
			const cells = await page.locator('.sp-stack-table td').evaluateAll((tds) =>
				tds.map((td) => ({
					label: td.getAttribute('data-label') ?? '',
					cut: td.scrollWidth > td.clientWidth + 1 || td.getBoundingClientRect().right > window.innerWidth,
					text: td.textContent ?? '',
				})),
			);
			stacked += cells.length;
			expect(
				cells.filter((c) => c.cut).map((c) => `${c.label}: ${c.text}`),
				path,
			).toEqual([]);
			expect(new Set(cells.map((c) => c.label)), path).toEqual(
				new Set(cells.length > 0 ? ['What is counted', 'Period', 'Figure', 'Sources'] : []),
			);
			// A year with no figure of its own (only a span of years) has no empty table under its heading.
			expect(await page.locator('.vp-doc table:not(:has(tbody tr))').count(), path).toBe(0);
		}
		expect(stacked).toBeGreaterThan(100);
		await page.close();
		for (const path of builtPagePaths()) {
			const file = join(DIST_DIR, path.endsWith('/') ? `${path}index.html` : `${path}.html`);
			expect(readFileSync(file, 'utf8'), path).not.toMatch(/\baged aged\b/);
		}
	});

	it.skipIf(!area)('finds an area with the site search and opens its page', async () => {
		if (!area) return;
		const page = await open('/');
		await page.getByTestId('search-button').click();
		await page.getByRole('searchbox', { name: 'Search the site' }).fill(area.shortName.slice(0, 5));
		const hit = page.getByTestId('search-results').locator(`a[href="${areaPath(area).link}"]`);
		await hit.waitFor({ state: 'visible' });
		await hit.click();
		await page.waitForURL(`**${areaPath(area).link}*`);
		// The router changes the address before it renders the page: wait for the area's heading to replace the home's.
		await page.locator('h1', { hasText: area.shortName }).first().waitFor({ state: 'visible' });
		expect(await page.locator('h1').first().textContent()).toContain(area.shortName);
		expect(await page.getByTestId('search-panel').count(), 'the panel closes on the way').toBe(0);
		await page.close();
	});

	it('puts the right force or measure first on a 390 px phone, loading at most 150 KB from the tap to the results', async () => {
		const linkOf = (id: string) => {
			const found = dataset.areas.find((a) => a.id === id);
			if (!found) throw new Error(`no area ${id}`);
			return areaPath(found).link;
		};
		// The force the gazetteer gives a place name or alias (one force only), so the expectation follows the data.
		const forceOf = (name: string) => {
			const places = dataset.places.filter((p) => [p.name, ...p.aliases].includes(name));
			const ids = [...new Set(places.flatMap((p) => p.areas))];
			expect(ids, name).toHaveLength(1);
			return linkOf(ids[0] ?? '');
		};
		const scwcPages = dataset.areas
			.filter((a) => dataset.figures.some((f) => f.area === a.id && f.measure === 'sexual-communication-with-a-child'))
			.map((a) => areaPath(a).link);
		const expected: readonly (readonly [string, readonly string[]])[] = [
			['Caerdydd', [forceOf('Caerdydd')]],
			['Cardiff', [forceOf('Cardiff')]],
			['City of London', [linkOf('city-of-london')]],
			// The online grooming offence is Sexual Communication with a Child: its definition or a page of its figures.
			['grooming', ['/methodology', ...scwcPages]],
			['Hants', [forceOf('Hants')]],
			['Stoke', [linkOf('staffordshire')]],
			['Birmingham', [forceOf('Birmingham')]],
		];
		const measured: string[] = [];
		for (const [words, right] of expected) {
			const probe = await probeSearch(browser.context, `${server.url}/`, words);
			measured.push(`${words}: ${probe.bytes} B`);
			expect(right, `${words}: first result ${probe.links[0]}`).toContain(probe.links[0]?.split('#')[0]);
			expect(probe.bytes, `${words}: ${JSON.stringify(probe.responses)}`).toBeLessThanOrEqual(150_000);
		}
		writeFileSync(join(RESULTS_DIR, 'search-bytes.txt'), `${measured.join('\n')}\n`);
	});

	it('keeps the help banner on screen and uncovered while the search is open on a phone', async () => {
		const page = await browser.context.newPage();
		await page.setViewportSize(PHONE);
		await page.goto(`${server.url}/data/`, { waitUntil: 'load' });
		await page.getByTestId('search-button').click();
		await page.getByRole('searchbox', { name: 'Search the site' }).fill('Kent');
		await page.getByTestId('search-results').locator('a').first().waitFor({ state: 'visible' });
		const banner = await page.getByTestId('help-banner').boundingBox();
		const panel = await page.getByTestId('search-panel').boundingBox();
		expect(banner?.y).toBe(0);
		expect(panel?.y ?? 0).toBeGreaterThanOrEqual((banner?.y ?? 0) + (banner?.height ?? 999) - 1);
		expect(panel?.width).toBeLessThanOrEqual(PHONE.width);
		// Each help number is the element on top at its own position: tappable while the panel is open.
		for (const link of await page.getByTestId('help-banner').locator('a[href^="tel:"]').all()) {
			const box = await link.boundingBox();
			if (!box) throw new Error('a help number has no box');
			const onTop = await page.evaluate(
				([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.closest('[data-testid="help-banner"]') !== null,
				[box.x + box.width / 2, box.y + box.height / 2],
			);
			expect(onTop, (await link.textContent()) ?? 'a help number').toBe(true);
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
		// Every result's title and excerpt wraps inside the panel rather than running past the screen's edge.
		const cut = await page
			.getByTestId('search-results')
			.locator('a, p')
			.evaluateAll((els) => els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
		expect(cut).toEqual([]);
		await page.screenshot({ path: join(RESULTS_DIR, 'search-phone.png') });
		await page.keyboard.press('Escape');
		await page.getByTestId('search-panel').waitFor({ state: 'detached' });
		expect(await page.getByTestId('search-button').evaluate((b) => b === document.activeElement)).toBe(true);
		await page.close();
	});

	it('leaves the API reference and the sources list out of the search index, and indexes no page twice', () => {
		const pages = readdirSync(join(DIST_DIR, 'pagefind', 'fragment'));
		expect(pages.length).toBeGreaterThan(50);
		const indexed = builtPagePaths().filter((path) => {
			const file = join(DIST_DIR, path.endsWith('/') ? `${path}index.html` : `${path}.html`);
			return readFileSync(file, 'utf8').includes('data-pagefind-body');
		});
		expect(indexed.length).toBe(pages.length);
		expect(indexed.filter((path) => path.startsWith('/api/') || ['/sources', '/download'].includes(path))).toEqual([]);
		expect(indexed).toContain('/data/areas/city-of-london');
	});

	it('has no serious or critical axe violations on reader and developer pages', async () => {
		const paths = [
			'/',
			'/support',
			'/data/national/',
			'/data/coverage',
			'/guide/getting-started',
			'/bot/commands',
			'/api/',
			'/no-such-page',
			...(area ? [areaPath(area).link] : []),
		];
		for (const path of paths) {
			const page = await open(path);
			expect(await seriousViolations(page), path).toEqual([]);
			await page.close();
		}
	});

	it('keeps the banner on screen above the page heading on a phone and a desktop, without covering it', async () => {
		const page = await browser.context.newPage();
		for (const width of [390, 1_280]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(`${server.url}/support`, { waitUntil: 'load' });
			const banner = await page.getByTestId('help-banner').boundingBox();
			const heading = await page.locator('h1').first().boundingBox();
			expect(banner, `${width}px`).not.toBeNull();
			expect(heading, `${width}px`).not.toBeNull();
			if (!banner || !heading) continue;
			expect(banner.y, `${width}px`).toBe(0);
			expect(heading.y, `${width}px`).toBeGreaterThanOrEqual(banner.y + banner.height);
			await page.mouse.wheel(0, 2_000);
			await page.waitForFunction(() => window.scrollY > 0);
			expect((await page.getByTestId('help-banner').boundingBox())?.y, `${width}px after scrolling`).toBe(0);
		}
		await page.close();
	});

	it('writes a screenshot of the home page', async () => {
		const page = await open('/');
		await page.getByTestId('help-banner').waitFor({ state: 'visible' });
		const file = join(RESULTS_DIR, 'home-page.png');
		const shot = await page.screenshot({ path: file });
		expect(shot.byteLength).toBeGreaterThan(1_000);
		await page.close();
	});
});
