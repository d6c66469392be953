/**
 * The mark on a figure whose only sources are sites that republish other outlets' stories: "reported only by Care
 * Appointments, which republishes news". Several sites are named together ("A and B, which republish news").
 *
 * @example
 * ```ts
 * reportedOnlyByRepublishers(['Care Appointments']); // "reported only by Care Appointments, which republishes news"
 * reportedOnlyByRepublishers(['Archyde', 'nen.press']); // "reported only by Archyde and nen.press, which republish news"
 * ```
 */
export function reportedOnlyByRepublishers(sites: readonly string[]): string {
	const names = [...new Set(sites)];
	const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
	return `reported only by ${list}, which ${names.length > 1 ? 'republish' : 'republishes'} news`;
}
