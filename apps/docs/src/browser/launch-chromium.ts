import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { chromiumPath } from './browser-env.js';

const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

/** A headless Chromium context with a fresh profile, and a way to close it and remove the profile. */
export interface LaunchedBrowser {
	readonly context: BrowserContext;
	close(): Promise<void>;
}

/**
 * Launches Debian's Chromium headless with a fresh user data dir, through playwright-core.
 *
 * @example
 * ```ts
 * const browser = await launchChromium();
 * const page = await browser.context.newPage();
 * await browser.close();
 * ```
 */
export async function launchChromium(): Promise<LaunchedBrowser> {
	const userDataDir = mkdtempSync(join(tmpdir(), 'signpost-docs-chromium-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: chromiumPath(),
		headless: true,
		args: ARGS,
		viewport: { width: 1_280, height: 900 },
	});
	return {
		context,
		async close() {
			await context.close();
			rmSync(userDataDir, { recursive: true, force: true });
		},
	};
}
