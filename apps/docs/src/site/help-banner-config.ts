import { CHILDLINE_PHONE, EMERGENCY_PHONE, NSPCC_HELPLINE_PHONE } from '@signpost-uk/domain';

/** What the help banner shows, taken from the domain's constants when the site is built. */
export interface HelpBannerConfig {
	readonly childline: string;
	readonly nspcc: string;
	readonly emergency: string;
	readonly supportLink: string;
}

/**
 * The help banner's numbers, from the domain (never typed by hand).
 *
 * @example
 * ```ts
 * helpBannerConfig().childline; // "0800 1111"
 * ```
 */
export function helpBannerConfig(): HelpBannerConfig {
	return {
		childline: CHILDLINE_PHONE,
		nspcc: NSPCC_HELPLINE_PHONE,
		emergency: EMERGENCY_PHONE,
		supportLink: '/support',
	};
}
