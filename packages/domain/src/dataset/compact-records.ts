/**
 * Whole numbers written as one string: a width digit, then each number in that many base-62 digits. Row shapes,
 * dictionary indices and array lengths are long runs of small numbers, which this writes in one character each.
 */
export type CompactInts = string;

/**
 * One column of a table: the values of one field, in row order, for the rows that have the field. Written raw (`v`),
 * as indices into a dictionary of its distinct values (`d`, `i`), as ids of an earlier table (`x`, `i`), as a table of
 * objects (`t`), or as arrays flattened into lengths and one column of their elements (`l`, `e`). A string column may
 * also name sibling fields (`p`), see {@link fillTemplate}.
 */
export type CompactColumn = (
	| { readonly v: readonly unknown[] }
	| { readonly d: readonly unknown[]; readonly i: CompactInts }
	| { readonly x: string; readonly i: CompactInts }
	| { readonly t: CompactTable }
	| { readonly l: CompactInts; readonly e: CompactColumn }
) & { readonly p?: readonly string[] };

/**
 * An array of objects (or nulls) written by columns: its field names (`k`), the key orders its rows have (`s`, each a
 * list of indices into `k`, or null for a null row; one shape of every key in order when absent), each row's shape
 * (`r`, absent when there is one), the row count (`n`) and one column per field (`c`).
 */
export interface CompactTable {
	readonly k: readonly string[];
	readonly s?: readonly (readonly number[] | null)[];
	readonly r?: CompactInts;
	readonly n: number;
	readonly c: readonly CompactColumn[];
}

/**
 * Named lists of records (the dataset's tables, the person words' lists) as the package bundles them: each list
 * written by {@link CompactTable}, and a value that is not a list (the dataset's version) as it is.
 */
export type CompactRecords = { readonly [name: string]: CompactTable | string | number | boolean | null };

/**
 * Where a templated value takes its first, second and third sibling field's value. Never characters of the templated
 * column or of its siblings' values (the encoder checks).
 */
export const COMPACT_MARKS = '^~|';

/**
 * A sibling's value as a template takes it: as it is, or with `-` in place of each run of other than letters and
 * digits when the field is named with a leading `-` (`-period` of "2016/17" is "2016-17"), and lower case too with a
 * leading `_` (`_publisher` of "Burton Mail" is "burton-mail").
 *
 * @example
 * ```ts
 * siblingText({ period: '2016/17' }, '-period'); // "2016-17"
 * ```
 */
export function siblingText(row: Record<string, unknown>, field: string): string {
	const form = field.charAt(0);
	if (form !== '-' && form !== '_') return String(row[field]);
	const slug = String(row[field.slice(1)]).replace(/[^A-Za-z0-9]+/g, '-');
	return form === '_' ? slug.toLowerCase() : slug;
}

/**
 * A templated value filled in: the row's value of the `j`th field of `fields` in place of the `j`th mark of
 * {@link COMPACT_MARKS} (`^-^~-total` with fields `area` and `-period` is `derbyshire-2016-17-total` for
 * Derbyshire's 2016/17 row). A value without marks is as it is.
 *
 * @example
 * ```ts
 * fillTemplate('search-^', { release: 'nspcc-2020-08' }, ['release']); // "search-nspcc-2020-08"
 * ```
 */
export function fillTemplate(value: string, row: Record<string, unknown>, fields: readonly string[]): string {
	let out = value;
	fields.forEach((field, j) => {
		const mark = COMPACT_MARKS.charAt(j);
		if (out.includes(mark)) out = out.replace(mark, () => siblingText(row, field));
	});
	return out;
}

/** The 62 digits of {@link CompactInts}. */
export const COMPACT_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A base-62 digit's value from its character code: `0`–`9`, then `A`–`Z`, then `a`–`z`. */
function digitValue(code: number): number {
	if (code < 58) return code - 48;
	return code < 91 ? code - 55 : code - 61;
}

/** Reads {@link CompactInts}. */
function readInts(text: CompactInts): number[] {
	const width = Number(text[0]);
	const out: number[] = [];
	for (let at = 1; at < text.length; at += width) {
		let n = 0;
		for (let j = 0; j < width; j++) n = n * 62 + digitValue(text.charCodeAt(at + j));
		out.push(n);
	}
	return out;
}

type Row = Record<string, unknown> | null;
/** The ids of the tables decoded so far, by table name, for columns that refer to them. */
type Decoded = Record<string, unknown>;

function readColumn(column: CompactColumn, done: Decoded): unknown[] {
	if ('v' in column) return [...column.v];
	if ('t' in column) return readTable(column.t, done);
	if ('l' in column) {
		const elements = readColumn(column.e, done);
		let at = 0;
		return readInts(column.l).map((n) => {
			at += n;
			return elements.slice(at - n, at);
		});
	}
	const from = 'x' in column ? (done[column.x] as { id: string }[]).map((row) => row.id) : column.d;
	return readInts(column.i).map((i) => from[i]);
}

function readTable(table: CompactTable, done: Decoded): Row[] {
	const shapes = table.s ?? [table.k.map((_, i) => i)];
	const shapeOf = table.r === undefined ? undefined : readInts(table.r);
	const columns = table.c.map((column) => readColumn(column, done));
	const next = table.k.map(() => 0);
	const rows: Row[] = [];
	for (let r = 0; r < table.n; r++) {
		const shape = shapes[shapeOf?.[r] ?? 0];
		if (!shape) {
			rows.push(null);
			continue;
		}
		const row: Record<string, unknown> = {};
		for (const k of shape) {
			const at = next[k] ?? 0;
			row[table.k[k] as string] = columns[k]?.[at];
			next[k] = at + 1;
		}
		rows.push(row);
	}
	table.c.forEach((column, k) => {
		const key = table.k[k] as string;
		const fields = column.p;
		if (fields === undefined) return;
		for (const row of rows) {
			const value = row?.[key];
			if (row && typeof value === 'string') row[key] = fillTemplate(value, row, fields);
		}
	});
	return rows;
}

/**
 * Named lists of records back from their compact form, exactly as they were encoded: the same records, fields, key
 * order and values. Trusted: the type is the caller's word for what was encoded.
 *
 * @param compact - the records as `encodeCompact` wrote them
 * @param before - the lists it was encoded after (`encodeCompact`'s `before`), which its columns may refer to
 * @returns the records
 * @example
 * ```ts
 * const dataset = decodeCompact<Dataset>(JSON.parse(text));
 * dataset.figures.length;
 * ```
 */
export function decodeCompact<Records>(compact: CompactRecords, before: object = {}): Records {
	const lists: Decoded = { ...before };
	const out: Decoded = {};
	for (const [name, value] of Object.entries(compact)) {
		out[name] = value !== null && typeof value === 'object' ? readTable(value, lists) : value;
		lists[name] = out[name];
	}
	return out as Records;
}
