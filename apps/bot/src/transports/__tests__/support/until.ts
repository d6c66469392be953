/**
 * Polls until `condition` holds (up to about 10 s, so a slow machine only waits longer, never fails sooner), then
 * throws naming what never happened.
 */
export async function until(
	condition: () => boolean,
	what = 'the fake Discord never received the request',
): Promise<void> {
	for (let attempt = 0; attempt < 1_000 && !condition(); attempt += 1) {
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	if (!condition()) throw new Error(what);
}
