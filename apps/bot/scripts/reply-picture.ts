/**
 * Draws a picture of a real reply for the docs: the core answers a command line (and optional button presses), the
 * reply is laid out as Discord shows it (content, embed with colour bar, title link, description, footer, buttons)
 * in HTML, and headless Chromium takes the screenshot.
 *
 * ```sh
 * pnpm --filter @signpost-uk/bot exec tsx scripts/reply-picture.ts "/figures area:Derbyshire year:2016/17" ../docs/docs/public/bot/reply.png
 * ```
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { commandDefinitions } from '../src/commands/definitions.js';
import { answerCommandLine } from '../src/console/answer-command-line.js';
import { replyButtons } from '../src/console/find-button.js';
import { handleInteraction } from '../src/core/create-interaction-handler.js';

const [line = '/figures area:Derbyshire year:2016/17', out = 'reply.png'] = process.argv.slice(2);
const answer = answerCommandLine(line, handleInteraction, commandDefinitions);
if (!answer.ok) throw new Error(answer.text);
const data = (answer.response as { data: { content?: string; embeds?: Record<string, never>[] } }).data;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** The Markdown the bot writes: bold, links, list items, escapes. */
function markdown(text: string): string {
	return text
		.split('\n')
		.map((raw) => {
			let html = escapeHtml(raw)
				.replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
				.replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a>$1</a>')
				.replace(/\\([\\`*_[\]<>|+-])/g, '$1');
			if (html.startsWith('- ')) html = `<li>${html.slice(2)}</li>`;
			return html || '<br>';
		})
		.join('\n')
		.replace(/\n(?!<li>)/g, '<br>')
		.replace(/\n/g, '')
		.replace(/(<br>)+(<li>|$)/g, '$2')
		.replace(/(<br>){2,}/g, '<br><br>');
}

const embed = data.embeds?.[0] as
	| { title?: string; description?: string; color?: number; footer?: { text: string } }
	| undefined;
const colour = `#${(embed?.color ?? 0).toString(16).padStart(6, '0')}`;
const buttons = replyButtons(answer.response)
	.map((b) => `<span class="button">${escapeHtml(b.label)}</span>`)
	.join('');
const html = `<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; background: #313338; color: #dbdee1; font: 15px/1.4 "DejaVu Sans", "Liberation Sans", sans-serif; }
.message { display: flex; gap: 14px; padding: 16px 18px; width: 760px; }
.avatar { width: 40px; height: 40px; border-radius: 50%; background: ${colour}; flex: none; }
.name { color: #f2f3f5; font-weight: bold; } .tag { background: #5865f2; color: #fff; font-size: 11px; padding: 1px 4px; border-radius: 3px; margin-left: 4px; }
.content { margin: 4px 0 8px; } li { margin-left: 18px; } a { color: #00a8fc; }
.embed { background: #2b2d31; border-left: 4px solid ${colour}; border-radius: 4px; padding: 10px 14px; max-width: 680px; }
.title { color: #00a8fc; font-weight: bold; margin-bottom: 6px; } .footer { color: #b5bac1; font-size: 12px; margin-top: 8px; }
.buttons { margin-top: 8px; display: flex; flex-wrap: wrap; gap: 8px; }
.button { background: #4e5058; color: #fff; border-radius: 3px; padding: 4px 14px; font-size: 14px; }
</style></head><body><div class="message"><div class="avatar"></div><div>
<div><span class="name">Signpost</span><span class="tag">APP</span></div>
<div class="content">${markdown(data.content ?? '')}</div>
${embed ? `<div class="embed"><div class="title">${escapeHtml(embed.title ?? '')}</div><div>${markdown(embed.description ?? '')}</div><div class="footer">${escapeHtml(embed.footer?.text ?? '')}</div></div>` : ''}
<div class="buttons">${buttons}</div></div></div></body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'signpost-reply-'));
const page = join(dir, 'reply.html');
writeFileSync(page, html);
execFileSync('/usr/bin/chromium', [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--hide-scrollbars',
	`--screenshot=${resolve(out)}`,
	'--window-size=800,600',
	`file://${page}`,
]);
console.log(`wrote ${resolve(out)}`);
