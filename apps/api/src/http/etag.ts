/**
 * A strong ETag for a response: the dataset version and a hash of the request's path and query. The same request to
 * the same data always gives the same bytes (on Node and in the Worker alike), so the tag names them.
 *
 * @param version - the dataset version ("2026-11-30")
 * @param pathAndQuery - the request's path and query string, as received
 * @example
 * ```ts
 * etagFor('2026-11-30', '/v1/figures?area=Derbyshire'); // "\"2026-11-30-1a2b3c4d\""
 * ```
 */
export function etagFor(version: string, pathAndQuery: string): string {
	// FNV-1a, 32 bits: not a secret, only a short name for the request.
	let hash = 0x81_1c_9d_c5;
	for (let i = 0; i < pathAndQuery.length; i += 1) {
		hash ^= pathAndQuery.charCodeAt(i);
		hash = Math.imul(hash, 0x01_00_01_93);
	}
	return `"${version}-${(hash >>> 0).toString(16).padStart(8, '0')}"`;
}

/**
 * Whether an `If-None-Match` header names this ETag (or is `*`), so the answer is 304 Not Modified.
 *
 * @example
 * ```ts
 * etagMatches('"a", W/"b"', '"b"'); // true
 * ```
 */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
	if (!ifNoneMatch) return false;
	if (ifNoneMatch.trim() === '*') return true;
	return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
