let counter = 0;

/**
 * A short id to quote in an error reply and find in the logs. Random where WebCrypto is available (Node 20+,
 * Workers), otherwise time and a counter; it never contains anything from the interaction.
 *
 * @example
 * ```ts
 * correlationId(); // "e3b0c442-98fc-..."
 * ```
 */
export function correlationId(): string {
	const random = globalThis.crypto?.randomUUID;
	if (typeof random === 'function') return random.call(globalThis.crypto);
	counter = (counter + 1) % 1_000_000;
	return `${Date.now().toString(36)}-${counter.toString(36)}`;
}
