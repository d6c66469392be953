/** How a renderer writes plain text, emphasis, links, headings and list items. */
export interface RenderStyle {
	/** Text from the dataset or an answer (a name, a note, a message), made safe to print in this style. */
	readonly text: (text: string) => string;
	readonly bold: (text: string) => string;
	/** A link, or only its text when the address is not an `https:` or `http:` one. */
	readonly link: (text: string, url: string) => string;
	readonly heading: (text: string) => string;
	readonly item: (text: string) => string;
	readonly quote: (text: string) => string;
}

/** Control characters (terminal escape sequences among them), line breaks and bidirectional overrides. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/** Text on one line with no control characters: a dataset cannot move the cursor, clear a terminal or add a line. */
const plain = (t: string) => t.replace(UNPRINTABLE, ' ');

/**
 * The address as a web link, or undefined when it is not `https:` or `http:` (so `javascript:`, `data:` and `file:`
 * never become link targets, whatever a dataset holds).
 *
 * @param url - the address as held
 * @returns the address, with spaces, parentheses and angle brackets percent-encoded so it cannot end a Markdown link
 * @example
 * ```ts
 * webLink('https://example.org/a (b)'); // "https://example.org/a%20%28b%29"
 * webLink('javascript:alert(1)'); // undefined
 * ```
 */
export function webLink(url: string): string | undefined {
	if (!URL.canParse(url)) return undefined;
	const { protocol } = new URL(url);
	if (protocol !== 'https:' && protocol !== 'http:') return undefined;
	return url.trim().replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Plain text: no markup; links as "text (address)". */
export const TEXT_STYLE: RenderStyle = {
	text: plain,
	bold: plain,
	link: (t, url) => {
		const href = webLink(url);
		return href ? `${plain(t)} (${href})` : plain(t);
	},
	heading: plain,
	item: (t) => `- ${t}`,
	quote: (t) => `“${plain(t)}”`,
};

/**
 * Text with every character Markdown (CommonMark, GitHub, Discord, VitePress) could read as inline markup
 * backslash-escaped, and a leading block marker ("#", "-", "1.") escaped, on one line. With "[", "]", "<" and ">"
 * escaped no link, autolink or HTML can form from the text.
 */
const escapeMarkdown = (t: string) =>
	plain(t)
		.replace(/([\\`*_[\]<>|~])/g, '\\$1')
		.replace(/^(\s*)([#+=-]|\d+[.)])/, '$1\\$2');

/** Markdown, as Discord, GitHub and VitePress read it. */
export const MARKDOWN_STYLE: RenderStyle = {
	text: escapeMarkdown,
	bold: (t) => `**${escapeMarkdown(t)}**`,
	link: (t, url) => {
		const href = webLink(url);
		return href ? `[${escapeMarkdown(t)}](${href})` : escapeMarkdown(t);
	},
	heading: (t) => `### ${escapeMarkdown(t)}`,
	item: (t) => `- ${t}`,
	quote: (t) => `“${escapeMarkdown(t)}”`,
};
