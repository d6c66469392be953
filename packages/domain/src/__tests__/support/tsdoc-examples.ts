// Reads the `@example` blocks of the package's public exports (what src/index.ts exports), for the examples test.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const srcDir = fileURLToPath(new URL('../../', import.meta.url));
/** The package's entry points: the main entry and the test kit (`@signpost-uk/domain/testing`). */
export const ENTRY_FILES = ['index.ts', 'testing.ts'] as const;

/** The compiler options the examples are checked with: the package's own strictness. */
export const COMPILER_OPTIONS: ts.CompilerOptions = {
	strict: true,
	noUncheckedIndexedAccess: true,
	exactOptionalPropertyTypes: true,
	module: ts.ModuleKind.NodeNext,
	moduleResolution: ts.ModuleResolutionKind.NodeNext,
	target: ts.ScriptTarget.ES2022,
	lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
	types: ['node'],
	noEmit: true,
	skipLibCheck: true,
};

/** One `@example` code block. */
export interface TsdocExample {
	/** The exported name whose TSDoc holds it. */
	readonly name: string;
	/** The file it is written in, relative to src/. */
	readonly file: string;
	readonly code: string;
}

/** The names an entry exports, values and types apart. */
export interface EntryExports {
	readonly entry: string;
	readonly values: string[];
	readonly types: string[];
}

/** Every ```ts block under an `@example` tag of a public export, and every name each entry exports. */
export function publicExamples(): { examples: TsdocExample[]; exports: EntryExports[] } {
	const program = ts.createProgram(
		ENTRY_FILES.map((entry) => `${srcDir}${entry}`),
		COMPILER_OPTIONS,
	);
	const checker = program.getTypeChecker();
	const examples: TsdocExample[] = [];
	const exports = ENTRY_FILES.map((entry) => readEntry(program, checker, entry, examples));
	return { examples, exports };
}

function readEntry(
	program: ts.Program,
	checker: ts.TypeChecker,
	entry: string,
	examples: TsdocExample[],
): EntryExports {
	const source = program.getSourceFile(`${srcDir}${entry}`);
	const module = source && checker.getSymbolAtLocation(source);
	if (!module) throw new Error(`src/${entry} has no exports`);
	const values: string[] = [];
	const types: string[] = [];
	for (const exported of checker.getExportsOfModule(module)) {
		const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
		(symbol.flags & ts.SymbolFlags.Value ? values : types).push(exported.name);
		for (const declaration of symbol.declarations ?? []) examples.push(...examplesOf(exported.name, declaration));
	}
	return { entry, values, types };
}

/** The `ts` code blocks of a declaration's @example tags. */
function examplesOf(name: string, declaration: ts.Declaration): TsdocExample[] {
	const file = declaration.getSourceFile().fileName.slice(srcDir.length);
	return ts
		.getJSDocTags(declaration)
		.filter((tag) => tag.tagName.text === 'example')
		.flatMap((tag) => [...(ts.getTextOfJSDocComment(tag.comment) ?? '').matchAll(/```ts\n([\s\S]*?)```/g)])
		.map(([, code]) => ({ name, file, code: code ?? '' }));
}
