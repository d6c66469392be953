import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.xml': 'application/xml',
	'.png': 'image/png',
};

/** Text a static host compresses (Pagefind's index, fragment and Wasm files are gzipped already, like images). */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);

/** A running static server and how to stop it. */
export interface StaticServer {
	readonly url: string;
	close(): Promise<void>;
}

function resolveFile(root: string, pathname: string): string | null {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
	const base = join(root, clean);
	if (!`${base}${sep}`.startsWith(`${root}${sep}`) && base !== root) return null;
	const candidates = [base, `${base}.html`, join(base, 'index.html')];
	return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/**
 * Serves a built VitePress site (clean URLs: `/data/areas/derbyshire` → `derbyshire.html`) on 127.0.0.1 at a free
 * port, with node:http. Like the static hosts the site is deployed to, it gzips text when the browser accepts it,
 * so the bytes a test counts are the bytes a reader's phone would receive.
 *
 * @example
 * ```ts
 * const server = await serveStatic('docs/.vitepress/dist');
 * await page.goto(`${server.url}/support`);
 * await server.close();
 * ```
 */
export async function serveStatic(root: string): Promise<StaticServer> {
	const server = createServer((req, res) => {
		const file = resolveFile(root, new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
		const target = file ?? join(root, '404.html');
		const type = TYPES[extname(target)] ?? 'application/octet-stream';
		const body = readFileSync(target);
		if (COMPRESSED.has(extname(target)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			res.writeHead(file ? 200 : 404, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
			res.end(gzipSync(body));
			return;
		}
		res.writeHead(file ? 200 : 404, { 'content-type': type });
		res.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
	};
}
