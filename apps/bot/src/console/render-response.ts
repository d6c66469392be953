import {
	type APIEmbed,
	type APIInteractionResponse,
	type APIInteractionResponseCallbackData,
	InteractionResponseType,
	MessageFlags,
} from 'discord-api-types/v10';
import { replyButtons } from './find-button.js';

function renderEmbed(embed: APIEmbed): string {
	const lines: string[] = [];
	const rule = '─'.repeat(40);
	lines.push(`┌${rule}`);
	if (embed.author?.name) lines.push(`│ ${embed.author.name}`);
	if (embed.title) lines.push(`│ **${embed.title}**`);
	if (embed.url) lines.push(`│ ${embed.url}`);
	if (embed.description) lines.push(...embed.description.split('\n').map((line) => `│ ${line}`));
	for (const field of embed.fields ?? []) {
		lines.push('│');
		lines.push(`│ ${field.name}`);
		lines.push(...field.value.split('\n').map((line) => `│   ${line}`));
	}
	if (embed.footer?.text) {
		lines.push('│');
		lines.push(...embed.footer.text.split('\n').map((line) => `│ ${line}`));
	}
	lines.push(`└${rule}`);
	return lines.join('\n');
}

function renderMessage(data: APIInteractionResponseCallbackData | undefined): string {
	const parts: string[] = [];
	const flags = data?.flags ?? 0;
	if ((flags & MessageFlags.Ephemeral) !== 0) parts.push('(only you can see this)');
	if (data?.content) parts.push(data.content);
	for (const embed of data?.embeds ?? []) parts.push(renderEmbed(embed));
	for (const attachment of data?.attachments ?? [])
		if ('filename' in attachment) parts.push(`[image ${attachment.filename}: ${attachment.description ?? ''}]`);
	const buttons = replyButtons({ type: InteractionResponseType.ChannelMessageWithSource, data: data ?? {} });
	if (buttons.length) parts.push(buttons.map((button) => `[ ${button.label} ]`).join(' '));
	return parts.join('\n\n');
}

/**
 * Renders an interaction response as text the way Discord would show it: the message content, then each embed
 * (title, description, fields, footer) in a box; autocomplete choices as a list.
 *
 * @example
 * ```ts
 * console.log(renderResponse(handleInteraction(interaction)));
 * ```
 */
export function renderResponse(response: APIInteractionResponse): string {
	switch (response.type) {
		case InteractionResponseType.Pong:
			return 'PONG';
		case InteractionResponseType.ChannelMessageWithSource:
		case InteractionResponseType.UpdateMessage:
			return renderMessage(response.data);
		case InteractionResponseType.DeferredChannelMessageWithSource:
			return `Signpost is thinking…${response.data?.flags ? ' (only you will see the reply)' : ''}`;
		case InteractionResponseType.ApplicationCommandAutocompleteResult:
			return (response.data.choices ?? []).map((choice) => `• ${choice.name} → ${String(choice.value)}`).join('\n');
		default:
			return JSON.stringify(response, null, 2);
	}
}
