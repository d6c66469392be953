import { describe, expect, it } from 'vitest';
import { hexToBytes, importPublicKey, MAX_SIGNATURE_AGE_SECONDS, verifySignature } from '../verify-signature.js';
import { makeKeys, signBody } from './support/signing.js';

const keys = makeKeys();
const encoder = new TextEncoder();
const NOW_SECONDS = 1_790_000_000;
const now = () => NOW_SECONDS * 1_000;

async function check(body: string, headers: Record<string, string | undefined>, publicKeyHex = keys.publicKeyHex) {
	return verifySignature(
		await importPublicKey(publicKeyHex),
		{
			signature: headers['x-signature-ed25519'],
			timestamp: headers['x-signature-timestamp'],
			body: encoder.encode(body),
		},
		now,
	);
}

describe('verifySignature (WebCrypto Ed25519)', () => {
	it('accepts a signature over timestamp + body made with the matching private key', async () => {
		expect(await check('{"type":1}', signBody(keys, '{"type":1}', String(NOW_SECONDS)))).toEqual({ ok: true });
	});

	it('names why it refuses', async () => {
		const headers = signBody(keys, '{"type":1}', String(NOW_SECONDS));
		expect(await check('{"type":2}', headers)).toEqual({ ok: false, reason: 'bad-signature' });
		expect(await check('{"type":1}', headers, makeKeys().publicKeyHex)).toEqual({ ok: false, reason: 'bad-signature' });
		expect(await check('{"type":1}', { ...headers, 'x-signature-ed25519': undefined })).toEqual({
			ok: false,
			reason: 'missing-header',
		});
		expect(await check('{"type":1}', { ...headers, 'x-signature-ed25519': 'g'.repeat(128) })).toEqual({
			ok: false,
			reason: 'malformed-signature',
		});
		expect(await check('{"type":1}', { ...headers, 'x-signature-timestamp': 'soon' })).toEqual({
			ok: false,
			reason: 'malformed-timestamp',
		});
	});

	it('refuses timestamps more than five minutes either side of now, even when correctly signed', async () => {
		const edge = String(NOW_SECONDS - MAX_SIGNATURE_AGE_SECONDS);
		expect(await check('{}', signBody(keys, '{}', edge))).toEqual({ ok: true });
		const old = String(NOW_SECONDS - MAX_SIGNATURE_AGE_SECONDS - 1);
		expect(await check('{}', signBody(keys, '{}', old))).toEqual({ ok: false, reason: 'stale-timestamp' });
		const ahead = String(NOW_SECONDS + MAX_SIGNATURE_AGE_SECONDS + 1);
		expect(await check('{}', signBody(keys, '{}', ahead))).toEqual({ ok: false, reason: 'stale-timestamp' });
	});

	it('decodes hex only at the expected length', () => {
		expect(hexToBytes('00ff10', 3)).toEqual(new Uint8Array([0, 255, 16]));
		expect(hexToBytes('00ff1', 3)).toBeUndefined();
		expect(hexToBytes('00ffzz', 3)).toBeUndefined();
	});

	it('refuses to import a public key that is not 64 hex characters', async () => {
		await expect(importPublicKey('abc')).rejects.toThrow(/64 hexadecimal/);
	});
});
