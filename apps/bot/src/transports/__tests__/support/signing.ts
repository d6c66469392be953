import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

/** An Ed25519 key pair made in the test, with the public key as Discord shows it (64 hex characters). */
export interface TestKeys {
	readonly privateKey: KeyObject;
	readonly publicKeyHex: string;
}

/** Makes a fresh Ed25519 key pair. */
export function makeKeys(): TestKeys {
	const { publicKey, privateKey } = generateKeyPairSync('ed25519');
	const spki = publicKey.export({ format: 'der', type: 'spki' });
	// An Ed25519 SPKI is a 12-byte header followed by the 32-byte raw key.
	return { privateKey, publicKeyHex: spki.subarray(12).toString('hex') };
}

/** Signs `timestamp + body` as Discord does, returning the two headers. */
export function signBody(
	keys: TestKeys,
	body: string,
	timestamp: string = String(Math.floor(Date.now() / 1_000)),
): Record<string, string> {
	const signature = sign(null, Buffer.from(timestamp + body), keys.privateKey).toString('hex');
	return { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp };
}

/**
 * POSTs `payload` as JSON to `${baseUrl}/interactions`, signed with `keys`.
 *
 * @example
 * ```ts
 * const response = await postSignedJson(url, keys, figuresInteraction('Kent'));
 * ```
 */
export function postSignedJson(baseUrl: string, keys: TestKeys, payload: unknown): Promise<Response> {
	const body = JSON.stringify(payload);
	return fetch(`${baseUrl}/interactions`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...signBody(keys, body) },
		body,
	});
}
