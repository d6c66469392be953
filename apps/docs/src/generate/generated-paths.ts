/** Files and folders under `docs/` that `pnpm generate` owns: removed and rewritten on every run (gitignored). */
export const GENERATED_PATHS = [
	'index.md',
	'data',
	'parts',
	'methodology.md',
	'sources.md',
	'support.md',
	'bot/commands.md',
	'download.md',
	'guide/api.md',
	'public/data-package',
] as const;
