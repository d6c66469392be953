import {
	CHILDLINE_PHONE,
	EMERGENCY_PHONE,
	HELP_SERVICES,
	helpLines,
	NSPCC_HELPLINE_PHONE,
	selectHelp,
	TEXT_STYLE,
	WORDING,
} from '@signpost-uk/domain';

/** What the help banner shows, taken from the domain's constants when the site is built. */
export interface HelpBannerConfig {
	readonly childline: string;
	readonly nspcc: string;
	/** Who Childline and the NSPCC Helpline are for, in the help lines' words. */
	readonly childlineFor: string;
	readonly nspccFor: string;
	readonly emergency: string;
	readonly supportLink: string;
	/** The domain's help lines as plain text, for the 404 page. */
	readonly lines: readonly string[];
	/** Numbers to link wherever they appear, and numbers linked only after "call" (999). */
	readonly phones: readonly string[];
	readonly callOnly: readonly string[];
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
		childlineFor: WORDING.help.childlineShort,
		nspccFor: WORDING.help.nspcc,
		emergency: EMERGENCY_PHONE,
		supportLink: '/support',
		lines: helpLines(selectHelp(), { ...TEXT_STYLE, item: (t) => t }),
		phones: HELP_SERVICES.flatMap((s) => (s.phone && s.phone !== EMERGENCY_PHONE ? [s.phone] : [])),
		callOnly: [EMERGENCY_PHONE],
	};
}
