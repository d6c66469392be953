import { areaPageSlug, type Dataset, MARKDOWN_STYLE, type Source, sourceName, wordingFor } from '@signpost-uk/domain';
import type { MessageDraft } from '../util/respond.js';
import { COLOURS } from './answer-message.js';
import { type ButtonDraft, buttonRows } from './buttons.js';
import { docsLink } from './docs-link.js';
import { paginate } from './paginate.js';
import type { Question } from './question.js';
import type { ReplyContext } from './reply-context.js';

const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>|])/g, '\\$1');

/** The sources an area's figures quote, in the dataset's order; every source when no area is given. */
function sourcesFor(dataset: Dataset, area: string | undefined): readonly Source[] {
	if (!area) return dataset.sources;
	const cited = new Set(dataset.figures.filter((f) => f.area === area).flatMap((f) => f.sources.map((s) => s.source)));
	return dataset.sources.filter((s) => cited.has(s.id));
}

/**
 * `/sources [area]` as one page of a message: each source's name and date as a link and its headline in quotation
 * marks (the source's words, not ours), in pages of whole lines with "◀ Previous page" and "Next page ▶".
 *
 * @example
 * ```ts
 * sourcesMessage({ command: 'sources', view: 'answer', page: 0, private: false, area: 'kent' }, context);
 * ```
 */
export function sourcesMessage(question: Question, context: ReplyContext): MessageDraft {
	const area = question.area ? context.dataset.areas.find((a) => a.id === question.area) : undefined;
	const sources = sourcesFor(context.dataset, area?.id);
	const lines = sources.map((source) => `- ${sourceName(source, MARKDOWN_STYLE)}: “${escapeMarkdown(source.title)}”`);
	const pages = paginate(lines);
	const page = Math.min(question.page, pages.length - 1);
	const say = wordingFor(context.locale);
	const buttons: ButtonDraft[] = [];
	if (page > 0) buttons.push({ label: say.buttons.previousPage, question: { ...question, page: page - 1 } });
	if (page < pages.length - 1) buttons.push({ label: say.buttons.nextPage, question: { ...question, page: page + 1 } });
	if (question.private)
		buttons.push({ label: say.buttons.sharePublicly, question: { ...question, page, private: false }, share: true });
	return {
		content: page === 0 ? say.pages.sourcesIntro(sources.length, area?.name) : undefined,
		embeds: [
			{
				title: `${say.headings.sources}${area ? `: ${area.name}` : ''}`,
				url: `${context.docsBaseUrl}${area ? docsLink('area', areaPageSlug(area)) : docsLink('sources')}`,
				description: lines.length ? (pages[page] ?? []).join('\n') : say.pages.noSources,
				color: COLOURS.answer,
				...(pages.length > 1 ? { footer: say.pages.footer(page + 1, pages.length) } : {}),
			},
		],
		ephemeral: question.private,
		components: buttonRows([buttons]),
		locale: context.locale,
	};
}
