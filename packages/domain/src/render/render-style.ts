/** How a renderer writes emphasis, links, headings and list items. */
export interface RenderStyle {
	readonly bold: (text: string) => string;
	readonly link: (text: string, url: string) => string;
	readonly heading: (text: string) => string;
	readonly item: (text: string) => string;
	readonly quote: (text: string) => string;
}

/** Plain text: no markup; links as "text (address)". */
export const TEXT_STYLE: RenderStyle = {
	bold: (t) => t,
	link: (t, url) => `${t} (${url})`,
	heading: (t) => t,
	item: (t) => `- ${t}`,
	quote: (t) => `“${t}”`,
};

const escapeMarkdown = (t: string) => t.replace(/([\\`*_[\]<>|])/g, '\\$1');

/** Markdown, as Discord, GitHub and VitePress read it. */
export const MARKDOWN_STYLE: RenderStyle = {
	bold: (t) => `**${escapeMarkdown(t)}**`,
	link: (t, url) => `[${escapeMarkdown(t)}](${url})`,
	heading: (t) => `### ${escapeMarkdown(t)}`,
	item: (t) => `- ${t}`,
	quote: (t) => `“${escapeMarkdown(t)}”`,
};
