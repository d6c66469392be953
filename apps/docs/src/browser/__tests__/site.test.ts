import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
	CHILDLINE_PHONE,
	EMERGENCY_PHONE,
	getBundledDataset,
	getFigures,
	NSPCC_HELPLINE_PHONE,
	yearsHeld,
} from '@signpost-uk/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areasWithFigures } from '../../generate/areas-with-figures.js';
import { areaPath } from '../../generate/site-paths.js';
import { builtPagePaths, DIST_DIR, ensureBuilt, PACKAGE_DIR } from '../built-site.js';
import { type LaunchedBrowser, launchChromium } from '../launch-chromium.js';
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

describe('the built docs site in Chromium', () => {
	it('shows the help banner with both numbers and 999 on every page', async () => {
		const paths = builtPagePaths();
		expect(paths).toContain('/');
		expect(paths).toContain('/support');
		const page = await browser.context.newPage();
		for (const path of paths) {
			await page.goto(`${server.url}${path}`, { waitUntil: 'domcontentloaded' });
			const banner = page.getByTestId('help-banner');
			await banner.waitFor({ state: 'visible' });
			const text = (await banner.textContent()) ?? '';
			expect(text, path).toContain(CHILDLINE_PHONE);
			expect(text, path).toContain(NSPCC_HELPLINE_PHONE);
			expect(text, path).toContain(EMERGENCY_PHONE);
		}
		await page.close();
	}, 600_000);

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
		const paths = ['/data/national', '/data/areas/metropolitan', ...(area ? [areaPath(area).link] : [])];
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

	it.skipIf(!area)('finds an area with the local search', async () => {
		if (!area) return;
		const page = await open('/');
		await page.locator('.VPNavBarSearch button').first().click();
		const input = page.locator('.VPLocalSearchBox input');
		await input.waitFor({ state: 'visible' });
		await input.fill(area.shortName.slice(0, 5));
		const hit = page.locator(`.VPLocalSearchBox a[href*="${areaPath(area).link}"]`).first();
		await hit.waitFor({ state: 'visible' });
		await hit.click();
		await page.waitForURL(`**${areaPath(area).link}*`);
		// The router changes the address before it renders the page: wait for the area's heading to replace the home's.
		await page.locator('h1', { hasText: area.shortName }).first().waitFor({ state: 'visible' });
		expect(await page.locator('h1').first().textContent()).toContain(area.shortName);
		await page.close();
	});

	it('has no serious or critical axe violations on the home, an area and the support page', async () => {
		const paths = ['/', '/support', ...(area ? [areaPath(area).link] : [])];
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
