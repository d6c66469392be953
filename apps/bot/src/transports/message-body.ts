import type { FileDraft } from '../util/respond.js';
import { concatBytes } from './concat-bytes.js';

/** A message body as it goes over HTTP: its content type and its bytes (JSON text, or multipart with files). */
export interface MessageBody {
	readonly contentType: string;
	readonly body: string | Uint8Array;
}

const JSON_TYPE = 'application/json';
const encoder = new TextEncoder();

/** A filename as a quoted-string in a Content-Disposition header: no quote, backslash or line break can break out. */
const quotedName = (name: string) => `"${name.replace(/["\\\r\n]/g, '_')}"`;

const fileType = (name: string) => (name.toLowerCase().endsWith('.png') ? 'image/png' : 'application/octet-stream');

/**
 * The body Discord reads for a message with files, on an interaction response or a follow-up alike: the JSON as is,
 * or, with files, `multipart/form-data` with the JSON as `payload_json` and each file as `files[n]` (matching the
 * `attachments` ids `util/respond.ts` wrote). The boundary is random, so no PNG can contain it by chance.
 *
 * @example
 * ```ts
 * const { contentType, body } = messageBody(JSON.stringify(response), preparedFiles(response.data));
 * await fetch(url, { method: 'PATCH', headers: { 'content-type': contentType }, body });
 * ```
 */
export function messageBody(json: string, files: readonly FileDraft[]): MessageBody {
	if (files.length === 0) return { contentType: JSON_TYPE, body: json };
	const boundary = `signpost-${crypto.randomUUID()}`;
	const parts: Uint8Array[] = [
		encoder.encode(
			`--${boundary}\r\ncontent-disposition: form-data; name="payload_json"\r\ncontent-type: ${JSON_TYPE}\r\n\r\n${json}\r\n`,
		),
	];
	files.forEach((file, index) => {
		const head = `--${boundary}\r\ncontent-disposition: form-data; name="files[${index}]"; filename=${quotedName(file.name)}\r\ncontent-type: ${fileType(file.name)}\r\n\r\n`;
		parts.push(encoder.encode(head), file.data, encoder.encode('\r\n'));
	});
	parts.push(encoder.encode(`--${boundary}--\r\n`));
	return { contentType: `multipart/form-data; boundary=${boundary}`, body: concatBytes(parts) };
}
