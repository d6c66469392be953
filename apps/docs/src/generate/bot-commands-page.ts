import { helpSection } from './help-block.js';
import { frontMatter, mdTable, mdText } from './markdown-text.js';
import { SITE_PATHS } from './site-paths.js';

/** A slash command option as Discord's API describes it (the fields the page shows). */
export interface CommandOptionDefinition {
	readonly type: number;
	readonly name: string;
	readonly description: string;
	readonly required?: boolean | undefined;
	readonly autocomplete?: boolean | undefined;
	readonly choices?: readonly { readonly name: string; readonly value: string | number }[] | undefined;
}

/** A slash command as Discord's API describes it (the fields the page shows). */
export interface CommandDefinition {
	readonly name: string;
	readonly description: string;
	readonly options?: readonly CommandOptionDefinition[] | undefined;
}

/** A command's name and description in another language, and its options'. */
export interface CommandTranslation {
	readonly name: string;
	readonly description: string;
	readonly options: Readonly<Record<string, { readonly name: string; readonly description: string }>>;
}

/** An example command line and the reply the bot gives to it, as Discord would show it (null: not generated). */
export interface CommandExample {
	readonly line: string;
	readonly reply: string | null;
}

const OPTION_TYPES: Readonly<Record<number, string>> = {
	3: 'text',
	4: 'whole number',
	5: 'true or false',
	10: 'number',
};

function fence(text: string): string {
	const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
	const ticks = '`'.repeat(longest + 1);
	return `${ticks}text\n${text}\n${ticks}`;
}

/**
 * The bot's command reference: every command with its options and, for each example command line, the reply the
 * bot gives, generated from the bot's own definitions and core.
 *
 * @example
 * ```ts
 * botCommandsPage(commandDefinitions, new Map([['support', [{ line: '/support', reply }]]]));
 * ```
 */
export function botCommandsPage(
	definitions: readonly CommandDefinition[],
	examples: ReadonlyMap<string, readonly CommandExample[]>,
	generatedFrom: string,
	welsh?: Readonly<Record<string, CommandTranslation>>,
): string {
	return [
		frontMatter({ title: 'Bot commands' }),
		'',
		'# Bot commands',
		'',
		`Every slash command the Signpost bot registers, with its options and example replies. ${mdText(generatedFrom)} Every reply carries the help lines. Set up the bot with the [setup guide](/bot/setup); what it stores is on the [privacy page](/bot/privacy).`,
		'',
		'Answers come in pages, never cut: buttons under a reply show its Sources (every quote and conflict), its Caveats, the previous and next year held, the Trend, further pages, and Share publicly on a private reply. Every command works in servers, in DMs and when the bot is installed to your own account; `private:true` shows the reply to you alone.',
		'',
		...definitions.flatMap((command) => {
			const options = command.options ?? [];
			return [
				`## /${mdText(command.name)}`,
				'',
				mdText(command.description),
				'',
				options.length === 0
					? 'No options.'
					: mdTable(
							['Option', 'Type', 'Required', 'Description'],
							options.map((o) => [
								`\`${o.name}\``,
								`${OPTION_TYPES[o.type] ?? `type ${o.type}`}${o.autocomplete ? ', with suggestions as you type' : ''}${o.choices?.length ? `: ${o.choices.map((c) => mdText(c.name)).join(', ')}` : ''}`,
								o.required ? 'yes' : 'no',
								mdText(o.description),
							]),
						),
				'',
				...(examples.get(command.name) ?? []).flatMap((ex) => [
					`### Example: \`${ex.line.replace(/`/g, "'")}\``,
					'',
					...(ex.reply === null ? [] : [fence(ex.reply), '']),
				]),
			];
		}),
		...(welsh ? welshSection(definitions, welsh) : []),
		helpSection(SITE_PATHS.support.link),
		'',
	].join('\n');
}

/** The commands' Welsh names and descriptions: each registered as a command of its own (Discord has no Welsh locale). */
function welshSection(
	definitions: readonly CommandDefinition[],
	welsh: Readonly<Record<string, CommandTranslation>>,
): string[] {
	const rows = definitions.flatMap((command) => {
		const cy = welsh[command.name];
		if (!cy) return [];
		return [
			[`\`/${command.name}\``, `\`/${mdText(cy.name)}\``, mdText(cy.description)],
			...(command.options ?? []).flatMap((option) => {
				const text = cy.options[option.name];
				return text ? [[`\`${option.name}\``, `\`${mdText(text.name)}\``, mdText(text.description)]] : [];
			}),
		];
	});
	if (!rows.length) return [];
	return [
		'## Cymraeg: the commands in Welsh',
		'',
		"Discord has no Welsh locale yet and refuses a registration that names one, so each command is also registered under its Welsh name, checked against Discord's rules. A Welsh command answers in Welsh: the help lines, headings and not-found replies (figures, quotes and sources stay as published).",
		'',
		mdTable(['Command or option', 'Enw', 'Disgrifiad'], rows),
		'',
	];
}
