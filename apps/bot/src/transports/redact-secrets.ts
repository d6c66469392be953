const REDACTED = '[redacted]';

/** Discord bot tokens: three dot-separated base64url parts (id, timestamp, HMAC). */
const TOKEN_SHAPE = /[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,40}/g;

/**
 * Replaces every known secret, and anything shaped like a Discord bot token, with `[redacted]`.
 *
 * @example
 * ```ts
 * redactSecrets('login failed for abc.def', ['abc.def']); // 'login failed for [redacted]'
 * ```
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
	let result = text;
	for (const secret of secrets) {
		if (secret.length >= 8) result = result.split(secret).join(REDACTED);
	}
	return result.replace(TOKEN_SHAPE, REDACTED);
}
