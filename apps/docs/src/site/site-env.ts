// The one place the site's build reads the environment (the browser tests read theirs in src/browser/browser-env.ts).

/** The build's settings, read from the environment and checked. */
export interface SiteEnv {
	/**
	 * The site's public address, without a trailing slash, when `DOCS_BASE_URL` is set: the sitemap's host and the
	 * prefix of "cite this figure" links. `undefined` when it is not set: links stay relative and no sitemap is written,
	 * so a default build names no host at all.
	 */
	readonly baseUrl: string | undefined;
}

/**
 * Reads and checks the build's environment: `DOCS_BASE_URL`, when set, must be an https address (http only for
 * localhost), with no query or fragment. Throws, naming the variable, when it is not. Unset or blank gives no base
 * address (relative links, no sitemap).
 *
 * @example
 * ```ts
 * siteEnv({ DOCS_BASE_URL: 'https://docs.signpost.org.uk/' }).baseUrl; // "https://docs.signpost.org.uk"
 * siteEnv({}).baseUrl; // undefined
 * ```
 */
export function siteEnv(env: Readonly<Record<string, string | undefined>> = process.env): SiteEnv {
	const raw = env.DOCS_BASE_URL?.trim();
	if (!raw) return { baseUrl: undefined };
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`DOCS_BASE_URL is not an address: ${JSON.stringify(raw)}`);
	}
	const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
		throw new Error(`DOCS_BASE_URL must be an https address (http only for localhost): ${JSON.stringify(raw)}`);
	if (url.search || url.hash || url.username || url.password)
		throw new Error(`DOCS_BASE_URL must have no query, fragment or credentials: ${JSON.stringify(raw)}`);
	return { baseUrl: `${url.origin}${url.pathname}`.replace(/\/+$/, '') };
}
