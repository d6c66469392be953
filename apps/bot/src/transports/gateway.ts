import { Client, Events, GatewayIntentBits, Routes } from 'discord.js';
import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import type { InteractionHandler } from '../core/create-interaction-handler.js';
import type { Logger } from './create-logger.js';

/** The only intent the bot asks for: slash commands need no message content and no member lists. */
export const GATEWAY_INTENTS = [GatewayIntentBits.Guilds] as const;

/** Options for {@link attachGatewayHandler}. */
export interface GatewayHandlerOptions {
	readonly handler: InteractionHandler;
	readonly log?: Logger;
}

interface RawPacket {
	readonly t?: string | null;
	readonly d?: unknown;
}

function commandName(interaction: APIInteraction): string | undefined {
	return 'data' in interaction && interaction.data && 'name' in interaction.data ? interaction.data.name : undefined;
}

/**
 * Answers every `INTERACTION_CREATE` the client receives: the raw API interaction goes to the core, and the core's
 * response goes back through the REST callback endpoint (`POST /interactions/{id}/{token}/callback`). Resolves
 * nothing; errors are logged with the command name only.
 *
 * @example
 * ```ts
 * const client = createGatewayClient();
 * attachGatewayHandler(client, { handler: handleInteraction, log });
 * await client.login(token);
 * ```
 */
export function attachGatewayHandler(client: Client, options: GatewayHandlerOptions): void {
	client.on(Events.Raw, (packet: RawPacket) => {
		if (packet.t !== 'INTERACTION_CREATE' || typeof packet.d !== 'object' || packet.d === null) return;
		const interaction = packet.d as APIInteraction;
		const started = performance.now();
		const response: APIInteractionResponse = options.handler(interaction);
		const command = commandName(interaction);
		client.rest
			.post(Routes.interactionCallback(interaction.id, interaction.token), { body: response, auth: false })
			.then(() => {
				options.log?.info('gateway interaction', {
					...(command === undefined ? {} : { command }),
					interactionType: interaction.type,
					responseType: response.type,
					outcome: 'answered',
					latencyMs: Math.round((performance.now() - started) * 100) / 100,
				});
			})
			.catch((error: unknown) => {
				options.log?.error('gateway interaction callback failed', {
					...(command === undefined ? {} : { command }),
					outcome: 'callback-failed',
					error,
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
