// Every field of every data record explains itself twice from one text: its TSDoc comment (which TypeDoc shows on the
// inferred type, `Figure['value']`) and its zod `.describe()` (which the generated JSON Schema, and with it a
// contributor's editor, shows). These tests keep the two the same and leave no field without them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generatedSchemaFiles } from '../../../scripts/json-schema.js';

const schemaDir = fileURLToPath(new URL('..', import.meta.url));

/** Each property of a `z.object({...})` literal in a schema file: its TSDoc text and its `.describe()` text. */
function documentedFields(file: string): { field: string; tsdoc: string; describe: string | undefined }[] {
	const source = ts.createSourceFile(file, readFileSync(join(schemaDir, file), 'utf8'), ts.ScriptTarget.Latest, true);
	const fields: { field: string; tsdoc: string; describe: string | undefined }[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isPropertyAssignment(node) && node.parent && ts.isObjectLiteralExpression(node.parent)) {
			const call = node.parent.parent;
			const isShape =
				call &&
				ts.isCallExpression(call) &&
				ts.isPropertyAccessExpression(call.expression) &&
				call.expression.name.text === 'object';
			const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
			if (isShape && docs.length > 0) {
				const tsdoc = docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join(' ');
				let describe: string | undefined;
				const find = (n: ts.Node): void => {
					if (
						ts.isCallExpression(n) &&
						ts.isPropertyAccessExpression(n.expression) &&
						n.expression.name.text === 'describe' &&
						n.arguments[0] &&
						ts.isStringLiteralLike(n.arguments[0])
					)
						describe ??= n.arguments[0].text;
					else ts.forEachChild(n, find);
				};
				find(node.initializer);
				fields.push({
					field: `${file} ${node.name.getText(source)}`,
					tsdoc: tsdoc.replace(/\s+/g, ' ').trim(),
					describe,
				});
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return fields;
}

/** Paths of properties in a JSON Schema that carry no description. */
function undescribed(schema: unknown, path = ''): string[] {
	if (!schema || typeof schema !== 'object') return [];
	const node = schema as { properties?: Record<string, { description?: string }>; items?: unknown; anyOf?: unknown[] };
	const missing: string[] = [];
	for (const [name, property] of Object.entries(node.properties ?? {})) {
		if (!property.description) missing.push(`${path}.${name}`);
		missing.push(...undescribed(property, `${path}.${name}`));
	}
	if (node.items) missing.push(...undescribed(node.items, `${path}[]`));
	for (const option of node.anyOf ?? []) missing.push(...undescribed(option, path));
	return missing;
}

describe('field descriptions', () => {
	const files = readdirSync(schemaDir).filter((name) => name.endsWith('.ts'));
	const fields = files.flatMap(documentedFields);

	it('each documented field of a record schema has a .describe() with the same text as its TSDoc', () => {
		expect(fields.length).toBeGreaterThan(80);
		expect(fields.filter((f) => f.describe !== f.tsdoc)).toEqual([]);
	});

	it.each([...generatedSchemaFiles()].filter(([path]) => path.startsWith('schema/')))(
		'every field in %s has a description for the editor',
		(_path, text) => {
			expect(undescribed(JSON.parse(text))).toEqual([]);
		},
	);
});
