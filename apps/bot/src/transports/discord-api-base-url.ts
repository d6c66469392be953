/**
 * Discord's REST API, version 10; overridable (`DISCORD_API_BASE_URL`) only so tests can point at a local fake.
 * In a file of its own so the Worker and the follow-up path reach it without the environment's schema.
 *
 * @example
 * ```ts
 * await fetch(`${DEFAULT_API_BASE_URL}/webhooks/${applicationId}/${token}/messages/@original`, { method: 'PATCH' });
 * ```
 */
export const DEFAULT_API_BASE_URL = 'https://discord.com/api/v10';
