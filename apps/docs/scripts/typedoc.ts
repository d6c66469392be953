// Writes the SDK's API reference into docs/api/ (gitignored) with TypeDoc, typedoc-plugin-markdown and
// typedoc-vitepress-theme. Skipped, saying so, when packages/sdk has no entry point yet.
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application } from 'typedoc';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sdk = join(root, '..', '..', 'packages', 'sdk');
const entry = join(sdk, 'src', 'index.ts');
const out = join(root, 'docs', 'api');
rmSync(out, { recursive: true, force: true });
if (!existsSync(entry)) {
	console.log('docs: packages/sdk/src/index.ts not found; no API reference generated');
} else {
	const app = await Application.bootstrapWithPlugins({
		entryPoints: [entry],
		tsconfig: join(sdk, 'tsconfig.json'),
		plugin: ['typedoc-plugin-markdown', 'typedoc-vitepress-theme'],
		out,
		docsRoot: join(root, 'docs'),
		readme: 'none',
		excludePrivate: true,
		excludeInternal: true,
		hideGenerator: true,
		githubPages: false,
		disableSources: true,
		// The SDK issue asks for TypeDoc with no warnings: a missing comment or broken link fails the docs build.
		treatWarningsAsErrors: true,
	} as Parameters<typeof Application.bootstrapWithPlugins>[0]);
	const project = await app.convert();
	if (!project) throw new Error('TypeDoc could not convert packages/sdk');
	await app.generateOutputs(project);
	if (app.logger.hasErrors() || app.logger.hasWarnings()) throw new Error('TypeDoc reported errors or warnings');
	console.log(`docs: API reference written to ${out}`);
}
