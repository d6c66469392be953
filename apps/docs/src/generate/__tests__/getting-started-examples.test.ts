import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PACKAGE_DIR = fileURLToPath(new URL('../../..', import.meta.url));
const SDK_ENTRY = join(PACKAGE_DIR, '..', '..', 'packages', 'sdk', 'src', 'index.ts');
const GUIDE = join(PACKAGE_DIR, 'docs', 'guide', 'getting-started.md');

describe('the getting started guide', () => {
	const blocks = [...readFileSync(GUIDE, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

	it('has three worked examples that import the SDK', () => {
		expect(blocks).toHaveLength(3);
		for (const block of blocks) expect(block).toContain("from '@signpost-uk/sdk'");
	});

	it.skipIf(!existsSync(SDK_ENTRY))("type-checks every example against the SDK's source", () => {
		const dir = mkdtempSync(join(PACKAGE_DIR, '.examples-'));
		try {
			blocks.forEach((block, i) => {
				const code = block.replace("'@signpost-uk/sdk'", `'${SDK_ENTRY.replace(/\.ts$/, '.js')}'`);
				writeFileSync(join(dir, `example-${i}.ts`), `${code}\nexport {};\n`);
			});
			writeFileSync(
				join(dir, 'tsconfig.json'),
				JSON.stringify({
					extends: join(PACKAGE_DIR, '..', '..', 'tsconfig.base.json'),
					// A guide's example may name a value only to show it (`const comparison = ...`): unused names are allowed.
					compilerOptions: {
						types: ['node'],
						lib: ['ES2023', 'DOM'],
						noUnusedLocals: false,
						noUnusedParameters: false,
					},
					include: ['*.ts'],
				}),
			);
			const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
			const run = () => execFileSync(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
			expect(run).not.toThrow();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
