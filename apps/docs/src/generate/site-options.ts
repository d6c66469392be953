import type { ReleaseRecord } from '@signpost-uk/domain';

/** Choices for the generated pages that depend on what else the site holds. */
export interface SiteOptions {
	/** The last release's record, for the download page's changelog. */
	readonly release?: ReleaseRecord | undefined;
	/** The "Download the data" page's link, when the site has that page (the SDK's data package). */
	readonly downloadLink?: string | undefined;
	/** The site's public address (no trailing slash), for "cite this figure" lines. */
	readonly baseUrl?: string | undefined;
}

/**
 * The line every data page carries pointing to the data package, or nothing when the site has no download page.
 *
 * @example
 * ```ts
 * downloadLines({ downloadLink: '/download' }); // ["[Download the data](/download): ...", ""]
 * ```
 */
export function downloadLines(options: SiteOptions): string[] {
	return options.downloadLink
		? [
				`[Download the data](${options.downloadLink}): every figure with its sources, as a versioned data package with its changelog.`,
				'',
			]
		: [];
}
