import { concatBytes } from './concat-bytes.js';

/**
 * A request's body, read as a stream with a cap: `undefined` (and the stream cancelled) when its Content-Length or,
 * as it arrives, its size passes `limit` bytes, so an endless body costs at most `limit`.
 *
 * @example
 * ```ts
 * const body = await readCapped(request, MAX_BODY_BYTES);
 * if (!body) return new Response(errorBody('body too large'), { status: 413 });
 * ```
 */
export async function readCapped(request: Request, limit: number): Promise<Uint8Array | undefined> {
	const declared = request.headers.get('content-length');
	if (declared !== null && Number(declared) > limit) return undefined;
	const chunks: Uint8Array[] = [];
	let size = 0;
	const reader = request.body?.getReader();
	for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
		size += chunk.value.byteLength;
		if (size > limit) return void (await reader?.cancel().catch(() => undefined));
		chunks.push(chunk.value);
	}
	return concatBytes(chunks);
}
