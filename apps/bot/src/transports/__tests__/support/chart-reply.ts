import { expect } from 'vitest';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Checks `bytes` are a PNG (its eight-byte signature, then an IHDR chunk first) and returns the size the IHDR
 * declares.
 *
 * @example
 * ```ts
 * expect(pngSize(bytes)).toEqual({ width: 760, height: 520 });
 * ```
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	expect(view.getUint32(8)).toBe(13);
	expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe('IHDR');
	return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * A multipart body the fake Discord kept as latin1 text, read back as form data (its boundary is its first line).
 *
 * @example
 * ```ts
 * const form = await formDataOf(patch.body.multipart);
 * ```
 */
export function formDataOf(raw: string): Promise<FormData> {
	const boundary = raw.slice(2, raw.indexOf('\r\n'));
	const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
	return new Response(Buffer.from(raw, 'latin1'), { headers }).formData();
}

/** The chart a `/trend area:UK` reply attaches, and the size resvg draws it at (760 wide, as `CHART_PNG_WIDTH`). */
export const UK_CHART = { name: 'trend-uk-child-sexual-offences.png', width: 760, height: 520 } as const;

/**
 * Checks a `/trend area:UK` reply sent as multipart: `payload_json` holds the help lines and one attachment naming
 * the chart, and `files[0]` is that chart, a PNG of {@link UK_CHART}'s size. Returns the payload.
 *
 * @example
 * ```ts
 * const payload = await expectChartReply(await response.formData(), helpNumbers);
 * ```
 */
export async function expectChartReply(
	form: FormData,
	helpNumbers: readonly string[],
): Promise<{ type?: number; data?: { content: string }; content?: string }> {
	const json = form.get('payload_json');
	expect(typeof json).toBe('string');
	for (const number of helpNumbers) expect(json).toContain(number);
	const payload = JSON.parse(json as string) as { type?: number; data?: { content: string }; content?: string };
	const message = (payload.data ?? payload) as { attachments?: unknown[] };
	// files[0] is attachment id 0: Discord matches them by that number.
	expect(message.attachments).toHaveLength(1);
	expect(message.attachments?.[0]).toMatchObject({ id: '0', filename: UK_CHART.name });
	expect(JSON.stringify(message)).toContain(`attachment://${UK_CHART.name}`);
	const file = form.get('files[0]') as File;
	expect(file.name).toBe(UK_CHART.name);
	expect(file.type).toBe('image/png');
	const size = pngSize(new Uint8Array(await file.arrayBuffer()));
	expect(size).toEqual({ width: UK_CHART.width, height: UK_CHART.height });
	return payload;
}
