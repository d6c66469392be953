import { HELP_SERVICES, helpLines, MARKDOWN_STYLE, selectHelp } from '@signpost-uk/domain';

/**
 * The help lines as a Markdown section, from the domain's help services: Childline, the NSPCC Helpline and 999
 * first, with a link to every service on the support page.
 *
 * @example
 * ```ts
 * helpSection('/support'); // "## Get help\n\n- **Childline: 0800 1111**: ..."
 * ```
 */
export function helpSection(supportLink: string, heading = '## Get help'): string {
	return [
		heading,
		'',
		...helpLines(selectHelp(), MARKDOWN_STYLE),
		'',
		`Every service Signpost lists (${HELP_SERVICES.length} in all) is on the [support page](${supportLink}), with opening hours and costs.`,
	].join('\n');
}
