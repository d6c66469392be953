import { HELP_SERVICES, type HelpService, hoursWithCheck, WORDING } from '@signpost-uk/domain';
import { frontMatter, mdLink, mdText } from './markdown-text.js';

const AUDIENCE: Readonly<Record<string, string>> = {
	child: WORDING.help.childlineShort,
	adult: 'adults',
	professional: 'professionals',
	anyone: 'anyone',
};

function channelLine(channel: HelpService['channels'][number]): string {
	const value = /^https?:/.test(channel.value)
		? mdLink(channel.value, channel.value)
		: channel.kind === 'email'
			? `[${mdText(channel.value)}](mailto:${channel.value})`
			: `**${mdText(channel.value)}**`;
	const hours = hoursWithCheck(channel);
	return `- ${channel.kind[0]?.toUpperCase()}${channel.kind.slice(1)}: ${value}${hours ? ` (${mdText(hours)})` : ''}`;
}

/**
 * Every help service in full, from the domain's `HELP_SERVICES`: who it is for, every channel with its hours, the
 * cost, the page its details come from and when they were last checked.
 *
 * @example
 * ```ts
 * supportPage(); // "# Support ... ## Childline ... 0800 1111 ..."
 * ```
 */
export function supportPage(services: readonly HelpService[] = HELP_SERVICES): string {
	return [
		frontMatter({ title: 'Support' }),
		'',
		'# Support',
		'',
		`If a child is in immediate danger, call **999**. Children and young people can talk to Childline about anything; ${WORDING.help.nspcc} can contact the NSPCC Helpline. These are the services Signpost lists, with their details as most recently published.`,
		'',
		...services.flatMap((s) => [
			`## ${mdText(s.name)}`,
			'',
			mdText(s.summary),
			'',
			`- For: ${s.audience.map((a) => AUDIENCE[a] ?? a).join(', ')}`,
			// Each number once per section: the phone line only when no channel already gives it.
			...(s.phone && !s.channels.some((c) => c.value === s.phone) ? [`- Phone: **${mdText(s.phone)}**`] : []),
			...s.channels.map(channelLine),
			`- Cost: ${mdText(s.cost)}`,
			`- Details from: ${mdLink(s.sourceUrl, s.sourceUrl)}, last checked ${s.lastChecked}`,
			'',
		]),
	].join('\n');
}
