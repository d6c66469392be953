import { type APIEmbed, InteractionResponseType } from 'discord-api-types/v10';
import { DISCORD_LIMITS } from './constants.js';

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

const length = (value: unknown) => (typeof value === 'string' ? value.length : 0);

function embedSize(embed: APIEmbed): number {
	return (
		length(embed.title) +
		length(embed.description) +
		length(embed.footer?.text) +
		length(embed.author?.name) +
		(embed.fields ?? []).reduce((n, f) => n + length(f.name) + length(f.value), 0)
	);
}

function embedProblems(embed: APIEmbed, at: string): string[] {
	const problems: string[] = [];
	const check = (what: string, value: unknown, max: number) => {
		if (length(value) > max) problems.push(`${at} ${what}: ${length(value)} characters (at most ${max})`);
	};
	check('title', embed.title, DISCORD_LIMITS.embedTitle);
	check('description', embed.description, DISCORD_LIMITS.embedDescription);
	check('footer', embed.footer?.text, DISCORD_LIMITS.footerText);
	check('author', embed.author?.name, DISCORD_LIMITS.authorName);
	const fields = embed.fields ?? [];
	if (fields.length > DISCORD_LIMITS.embedFields) problems.push(`${at}: ${fields.length} fields`);
	fields.forEach((field, i) => {
		if (!field.name || !field.value) problems.push(`${at} field ${i}: empty name or value`);
		check(`field ${i} name`, field.name, DISCORD_LIMITS.fieldName);
		check(`field ${i} value`, field.value, DISCORD_LIMITS.fieldValue);
	});
	return problems;
}

/**
 * Lists every way an interaction response breaks Discord's message or autocomplete limits: content, each embed
 * part, field count, 6,000 across embeds, 10 embeds, 25 choices of 1 to 100 characters. Empty when it is valid.
 * Used by the tests and available to transports that want to assert before sending.
 *
 * @example
 * ```ts
 * limitViolations(handleInteraction(interaction)); // []
 * ```
 */
export function limitViolations(response: unknown): string[] {
	if (!isRecord(response)) return ['not an object'];
	const data = response.data;
	if (response.type === InteractionResponseType.Pong) return data === undefined ? [] : ['PONG carries data'];
	if (!isRecord(data))
		return response.type === InteractionResponseType.DeferredChannelMessageWithSource ? [] : ['no data'];
	if (response.type === InteractionResponseType.ApplicationCommandAutocompleteResult) return choiceProblems(data);
	return messageProblems(data);
}

/** Problems in an autocomplete result's choices: at most 25, names of 1 to 100 characters, values of at most 100. */
function choiceProblems(data: Record<string, unknown>): string[] {
	const problems: string[] = [];
	const choices = Array.isArray(data.choices) ? (data.choices as unknown[]) : [];
	if (choices.length > DISCORD_LIMITS.autocompleteChoices) problems.push(`${choices.length} choices`);
	for (const choice of choices) {
		if (!isRecord(choice)) problems.push('a choice is not an object');
		else {
			const name = length(choice.name);
			if (name < 1 || name > DISCORD_LIMITS.choiceName) problems.push(`choice name of ${name} characters`);
			if (typeof choice.value === 'string' && choice.value.length > DISCORD_LIMITS.choiceValue)
				problems.push(`choice value of ${choice.value.length} characters`);
		}
	}
	return problems;
}

/** Problems in a message's content and embeds: content length, each embed, embed count and the total across embeds. */
function messageProblems(data: Record<string, unknown>): string[] {
	const problems: string[] = [];
	if (length(data.content) > DISCORD_LIMITS.content) problems.push(`content: ${length(data.content)} characters`);
	const embeds = Array.isArray(data.embeds) ? (data.embeds as APIEmbed[]) : [];
	if (embeds.length > DISCORD_LIMITS.embedsPerMessage) problems.push(`${embeds.length} embeds`);
	embeds.forEach((embed, i) => {
		problems.push(...embedProblems(embed, `embed ${i}`));
	});
	const total = embeds.reduce((n, e) => n + embedSize(e), 0);
	if (total > DISCORD_LIMITS.embedsTotal) problems.push(`embeds: ${total} characters in all`);
	return problems;
}
