/** Signatures older (or further in the future) than this are refused, which stops replays. */
export const MAX_SIGNATURE_AGE_SECONDS = 5 * 60;

const HEX_PATTERN = /^[0-9a-fA-F]*$/;
const PUBLIC_KEY_BYTES = 32;
const SIGNATURE_BYTES = 64;
const encoder = new TextEncoder();

/** A WebCrypto Ed25519 public key (`CryptoKey`), as {@link importPublicKey} returns it. */
export type PublicKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

/** Why a request was refused; logged, never shown to the caller beyond a 401. */
export type SignatureFailure =
	| 'missing-header'
	| 'malformed-signature'
	| 'malformed-timestamp'
	| 'stale-timestamp'
	| 'bad-signature';

/** The outcome of {@link verifySignature}. */
export type SignatureCheck = { readonly ok: true } | { readonly ok: false; readonly reason: SignatureFailure };

/**
 * Decodes a hex string to bytes, or `undefined` when it is not hex of the expected length.
 *
 * @example
 * ```ts
 * hexToBytes('0aff', 2); // Uint8Array [10, 255]
 * hexToBytes('zz', 1); // undefined
 * ```
 */
export function hexToBytes(hex: string, expectedBytes: number): Uint8Array | undefined {
	if (hex.length !== expectedBytes * 2 || !HEX_PATTERN.test(hex)) return undefined;
	const bytes = new Uint8Array(expectedBytes);
	for (let index = 0; index < expectedBytes; index += 1) {
		bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
	}
	return bytes;
}

/**
 * Imports the application's public key (64 hex characters from the Developer Portal) as a WebCrypto Ed25519 key.
 * WebCrypto works the same on Node 20+, Node 24 and Cloudflare Workers.
 *
 * @example
 * ```ts
 * const key = await importPublicKey(env.DISCORD_PUBLIC_KEY);
 * ```
 */
export async function importPublicKey(publicKeyHex: string): Promise<PublicKey> {
	const raw = hexToBytes(publicKeyHex, PUBLIC_KEY_BYTES);
	if (!raw) throw new Error('The Discord public key must be 64 hexadecimal characters.');
	return crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
}

/** What {@link verifySignature} checks: the two headers as received and the raw body bytes. */
export interface SignedRequest {
	readonly signature: string | null | undefined;
	readonly timestamp: string | null | undefined;
	readonly body: Uint8Array;
}

/**
 * Verifies Discord's Ed25519 signature over `timestamp + raw body`, before anything parses the body. Refuses
 * missing or non-hex headers, a signature of the wrong length, and timestamps more than five minutes from `now`.
 *
 * @example
 * ```ts
 * const check = await verifySignature(key, {
 *   signature: request.headers.get('x-signature-ed25519'),
 *   timestamp: request.headers.get('x-signature-timestamp'),
 *   body: new Uint8Array(await request.arrayBuffer()),
 * });
 * if (!check.ok) return new Response('invalid request signature', { status: 401 });
 * ```
 */
export async function verifySignature(
	key: PublicKey,
	request: SignedRequest,
	now: () => number = Date.now,
): Promise<SignatureCheck> {
	const { signature, timestamp, body } = request;
	if (!signature || !timestamp) return { ok: false, reason: 'missing-header' };
	const signatureBytes = hexToBytes(signature, SIGNATURE_BYTES);
	if (!signatureBytes) return { ok: false, reason: 'malformed-signature' };
	if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed-timestamp' };
	const ageSeconds = now() / 1_000 - Number(timestamp);
	if (Math.abs(ageSeconds) > MAX_SIGNATURE_AGE_SECONDS) return { ok: false, reason: 'stale-timestamp' };
	const timestampBytes = encoder.encode(timestamp);
	const message = new Uint8Array(timestampBytes.length + body.length);
	message.set(timestampBytes, 0);
	message.set(body, timestampBytes.length);
	try {
		const valid = await crypto.subtle.verify({ name: 'Ed25519' }, key, signatureBytes, message);
		return valid ? { ok: true } : { ok: false, reason: 'bad-signature' };
	} catch {
		return { ok: false, reason: 'bad-signature' };
	}
}
