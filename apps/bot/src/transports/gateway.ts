import { Client, Events, GatewayIntentBits, Routes } from 'discord.js';
import type { APIInteraction } from 'discord-api-types/v10';
import { preparedFiles } from '../util/respond.js';
import { answerWithinBudget, type HandlerFailure, type MaybeAsyncInteractionHandler } from './answer-within-budget.js';
import type { Logger } from './create-logger.js';

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

function commandName(interaction: APIInteraction): string | undefined {
	return 'data' in interaction && interaction.data && 'name' in interaction.data ? interaction.data.name : undefined;
}

/** The REST `files` option for a reply's attachments (the /trend chart), sent as multipart; none without files. */
function restFiles(data: unknown) {
	const files = preparedFiles(data);
	return files.length ? { files: files.map((file) => ({ name: file.name, data: file.data })) } : {};
}

/** Logs a failed callback or follow-up with the command name only, never what the user typed. */
function logFailure(
	log: Logger | undefined,
	stage: 'callback' | 'follow-up',
	fields: { command?: string },
	error: unknown,
): void {
	log?.error(stage === 'callback' ? 'gateway interaction callback failed' : 'gateway follow-up failed', {
		...fields,
		outcome: stage === 'callback' ? 'callback-failed' : 'follow-up-failed',
		error,
	});
}

const elapsed = (started: number) => Math.round((performance.now() - started) * 100) / 100;

/**
 * Answers every `INTERACTION_CREATE` the client receives: the raw API interaction goes to the handler, and the
 * answer goes back through the REST callback endpoint (`POST /interactions/{id}/{token}/callback`). An answer not
 * ready within `deferAfterMs` is deferred (type 5) and then PATCHed over `@original` as a follow-up. Resolves
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
	const budget = {
		...(options.deferAfterMs === undefined ? {} : { budgetMs: options.deferAfterMs }),
		onError: (failure: HandlerFailure) => options.log?.error('interaction failed', { ...failure }),
	};
	const answer = async (interaction: APIInteraction) => {
		const started = performance.now();
		const command = commandName(interaction);
		const fields = command === undefined ? {} : { command };
		let stage: 'callback' | 'follow-up' = 'callback';
		try {
			const { response, followUp } = await answerWithinBudget(interaction, options.handler, budget);
			// A reply with files (the /trend chart) is sent as multipart, the JSON as payload_json beside the files.
			await client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
				body: response,
				auth: false,
				...restFiles('data' in response ? response.data : undefined),
			});
			options.log?.info('gateway interaction', {
				...fields,
				interactionType: interaction.type,
				responseType: response.type,
				outcome: followUp ? 'deferred' : 'answered',
				latencyMs: elapsed(started),
			});
			if (!followUp) return;
			stage = 'follow-up';
			const body = await followUp.body;
			await client.rest.patch(followUp.route, { body, auth: false, ...restFiles(body) });
			options.log?.info('gateway follow-up', { ...fields, outcome: 'followed-up', latencyMs: elapsed(started) });
		} catch (error: unknown) {
			logFailure(options.log, stage, fields, error);
		}
	};
	client.on(Events.Raw, (packet: RawPacket) => {
		if (packet.t !== 'INTERACTION_CREATE' || typeof packet.d !== 'object' || packet.d === null) return;
		void answer(packet.d as APIInteraction);
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
