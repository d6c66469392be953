import { Client, Events, GatewayIntentBits, Routes } from 'discord.js';
import type { APIInteraction } from 'discord-api-types/v10';
import { InteractionResponseType } from 'discord-api-types/v10';
import { loggableCommand } from '../core/interaction-summary.js';
import { preparedFiles } from '../util/respond.js';
import type { MaybeAsyncInteractionHandler } from './answer-within-budget.js';
import type { Logger } from './create-logger.js';
import { createInteractionEndpoint } from './interaction-endpoint.js';
import { logSafely } from './log-safely.js';

/** The only intent the bot asks for: slash commands need no message content and no member lists. */
export const GATEWAY_INTENTS = [GatewayIntentBits.Guilds] as const;

/** Options for {@link attachGatewayHandler}. */
export interface GatewayHandlerOptions {
	/** The core, or anything answering through it; a slow (async) answer is deferred and sent as a follow-up. */
	readonly handler: MaybeAsyncInteractionHandler;
	readonly log?: Logger;
	/** How long to wait for an answer before deferring (default `DEFER_AFTER_MS`, 2 seconds). */
	readonly deferAfterMs?: number;
}

interface RawPacket {
	readonly t?: string | null;
	readonly d?: unknown;
}

/** The REST `files` option for a reply's attachments (the /trend chart), sent as multipart; none without files. */
function restFiles(data: unknown) {
	const files = preparedFiles(data);
	return files.length ? { files: files.map((file) => ({ name: file.name, data: file.data })) } : {};
}

const elapsed = (started: number) => Math.round((performance.now() - started) * 100) / 100;

/**
 * Answers every `INTERACTION_CREATE` the client receives, an adapter over the shared interaction endpoint: the raw
 * API interaction goes to the endpoint, and its answer goes back through the REST callback endpoint (`POST
 * /interactions/{id}/{token}/callback`); a deferred answer's follow-up is PATCHed over `@original` with the same REST
 * client. Errors are logged with the command name only.
 *
 * @example
 * ```ts
 * const client = createGatewayClient();
 * attachGatewayHandler(client, { handler: handleInteraction, log });
 * await client.login(token);
 * ```
 */
export function attachGatewayHandler(client: Client, options: GatewayHandlerOptions): void {
	const log = logSafely(options.log);
	const endpoint = createInteractionEndpoint({
		...options,
		log,
		logPrefix: 'gateway',
		sendFollowUp: async ({ route, body }) => {
			await client.rest.patch(route, { body, auth: false, ...restFiles(body) });
		},
	});
	client.on(Events.Raw, (packet: RawPacket) => {
		if (packet.t !== 'INTERACTION_CREATE' || typeof packet.d !== 'object' || packet.d === null) return;
		const interaction = packet.d as APIInteraction;
		const started = performance.now();
		void endpoint.answerInteraction(interaction, async (response) => {
			// A reply with files (the /trend chart) is sent as multipart, the JSON as payload_json beside the files.
			await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
				body: response,
				auth: false,
				...restFiles('data' in response ? response.data : undefined),
			});
			const command = loggableCommand(interaction);
			log('info', 'gateway interaction', {
				...(command === undefined ? {} : { command }),
				interactionType: interaction.type,
				responseType: response.type,
				outcome: response.type === InteractionResponseType.DeferredChannelMessageWithSource ? 'deferred' : 'answered',
				latencyMs: elapsed(started),
			});
		});
	});
}

/**
 * A discord.js Client with the Guilds intent only, no partials and no caches the bot does not use.
 *
 * @example
 * ```ts
 * const client = createGatewayClient();
 * ```
 */
export function createGatewayClient(): Client {
	return new Client({ intents: [...GATEWAY_INTENTS] });
}

/**
 * Connects to the gateway and answers interactions until the process is stopped; returns the client so the caller
 * can `destroy()` it on shutdown.
 *
 * @example
 * ```ts
 * const client = await startGateway({ token: env.discordToken, handler: handleInteraction, log });
 * process.once('SIGTERM', () => client.destroy());
 * ```
 */
export async function startGateway(options: GatewayHandlerOptions & { readonly token: string }): Promise<Client> {
	const client = createGatewayClient();
	attachGatewayHandler(client, options);
	client.once(Events.ClientReady, (ready) => {
		options.log?.info('gateway ready', { guilds: ready.guilds.cache.size });
	});
	await client.login(options.token);
	return client;
}
