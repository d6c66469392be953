import { gzipSync } from 'node:zlib';
import {
	COMPACT_DIGITS,
	COMPACT_MARKS,
	type CompactColumn,
	type CompactInts,
	type CompactRecords,
	type CompactTable,
	fillTemplate,
	siblingText,
} from './compact-records.js';

type Row = Record<string, unknown> | null;
/** The ids of each table already written, by table name: a column of ids of one of them is written as indices. */
type Earlier = ReadonlyMap<string, readonly string[]>;

/** Writes whole numbers as {@link CompactInts}, each in as few base-62 digits as the largest needs. */
function writeInts(numbers: readonly number[]): CompactInts {
	const max = Math.max(0, ...numbers);
	let width = 1;
	while (62 ** width <= max) width++;
	let text = String(width);
	for (const n of numbers) {
		let digits = '';
		for (let j = 0, rest = n; j < width; j++, rest = Math.floor(rest / 62)) digits = COMPACT_DIGITS[rest % 62] + digits;
		text += digits;
	}
	return text;
}

/** What a candidate costs: its JSON, gzipped, the way the bundle is measured. */
const cost = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).byteLength;

const smallest = (candidates: readonly CompactColumn[]): CompactColumn => {
	let best = candidates[0] as CompactColumn;
	let bestCost = cost(best);
	for (const candidate of candidates.slice(1)) {
		const c = cost(candidate);
		if (c < bestCost) [best, bestCost] = [candidate, c];
	}
	return best;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Dictionary and id-reference forms of a column of plain values. */
function plainCandidates(values: readonly unknown[], earlier: Earlier): CompactColumn[] {
	const candidates: CompactColumn[] = [{ v: values }];
	const distinct = [...new Map(values.map((v) => [JSON.stringify(v), v])).values()];
	const position = new Map(distinct.map((v, i) => [JSON.stringify(v), i]));
	candidates.push({ d: distinct, i: writeInts(values.map((v) => position.get(JSON.stringify(v)) ?? 0)) });
	if (values.length > 0 && values.every((v) => typeof v === 'string'))
		for (const [name, ids] of earlier) {
			const at = new Map(ids.map((id, i) => [id, i]));
			if (at.size === ids.length && values.every((v) => at.has(v as string)))
				candidates.push({ x: name, i: writeInts(values.map((v) => at.get(v as string) ?? 0)) });
		}
	return candidates;
}

function writeColumn(values: readonly unknown[], earlier: Earlier): CompactColumn {
	if (values.length > 0 && values.every((v) => v === null || isObject(v)) && values.some(isObject))
		return smallest([{ t: writeTable(values as Row[], earlier) }, ...plainCandidates(values, earlier)]);
	if (values.length > 0 && values.every(Array.isArray)) {
		const arrays = values as unknown[][];
		const elements = writeColumn(arrays.flat(), earlier);
		return smallest([{ l: writeInts(arrays.map((a) => a.length)), e: elements }, ...plainCandidates(values, earlier)]);
	}
	return smallest(plainCandidates(values, earlier));
}

const hasMark = (text: string) => [...COMPACT_MARKS].some((mark) => text.includes(mark));

/** The forms a sibling's value takes in a template: as it is, and as `fillTemplate` slugs it. */
const siblingForms = (field: string) => [field, `-${field}`, `_${field}`];

/** The field a sibling form names. */
const fieldOf = (form: string) => form.replace(/^[-_]/, '');

/**
 * One more sibling field templated into the values: each value's first copy of the field's value (in the form asked)
 * replaced by the next mark, where `fillTemplate` gives the value back.
 */
function markOne(
	having: readonly Record<string, unknown>[],
	marked: readonly string[],
	fields: readonly string[],
	field: string,
): string[] | undefined {
	const mark = COMPACT_MARKS.charAt(fields.length);
	const next = having.map((row, i) => {
		const value = marked[i] as string;
		const name = fieldOf(field);
		if (typeof row[name] !== 'string' || row[name] === '') return value;
		const text = siblingText(row, field);
		if (hasMark(text) || !value.includes(text)) return value;
		return value.replace(text, () => mark);
	});
	const filled = having.map((row, i) => fillTemplate(next[i] as string, row, [...fields, field]));
	const original = having.map((row, i) => fillTemplate(marked[i] as string, row, fields));
	if (next.every((m, i) => m === marked[i]) || filled.some((f, i) => f !== original[i])) return undefined;
	return next;
}

/**
 * The column with copies of sibling fields' values replaced by marks (see `fillTemplate`), one sibling at a time
 * while that makes it smaller, up to three. `siblings` are fields not templated themselves.
 */
function templated(
	key: string,
	rows: readonly Row[],
	siblings: readonly string[],
	plain: CompactColumn,
	earlier: Earlier,
): CompactColumn {
	const having = rows.filter((row): row is Record<string, unknown> => row !== null && key in row);
	const values = having.map((row) => row[key]);
	if (!values.every((v): v is string => typeof v === 'string' && !hasMark(v))) return plain;
	let best = plain;
	let bestCost = cost(plain);
	let marked: string[] = values;
	const fields: string[] = [];
	while (fields.length < COMPACT_MARKS.length) {
		let round: { column: CompactColumn; marked: string[]; field: string; cost: number } | undefined;
		for (const field of siblings.filter((s) => !fields.some((f) => fieldOf(f) === s)).flatMap(siblingForms)) {
			const next = markOne(having, marked, fields, field);
			if (!next) continue;
			const column = { ...writeColumn(next, earlier), p: [...fields, field] };
			const c = cost(column);
			if (!round || c < round.cost) round = { column, marked: next, field, cost: c };
		}
		if (!round || round.cost >= bestCost) break;
		[best, bestCost, marked] = [round.column, round.cost, round.marked];
		fields.push(round.field);
	}
	return best;
}

function writeTable(rows: readonly Row[], earlier: Earlier): CompactTable {
	const keys = [...new Set(rows.flatMap((row) => (row ? Object.keys(row) : [])))];
	const shapeKeys = rows.map((row) =>
		row
			? Object.keys(row)
					.map((k) => keys.indexOf(k))
					.join(',')
			: 'null',
	);
	const distinct = [...new Set(shapeKeys)];
	const shapes = distinct.map((s) => (s === 'null' ? null : s === '' ? [] : s.split(',').map(Number)));
	const all = keys.map((_, i) => i).join(',');
	const oneShape = distinct.length === 1 && distinct[0] === all;
	// A templated column's siblings are written as they are: none is templated, and none is templated after.
	const columns = new Map<string, CompactColumn>();
	const referenced = new Set<string>();
	for (const key of keys) {
		const values = rows.flatMap((row) => (row && key in row ? [row[key]] : []));
		const plain = writeColumn(values, earlier);
		const siblings = keys.filter((k) => k !== key && columns.get(k)?.p === undefined);
		const column = referenced.has(key) ? plain : templated(key, rows, siblings, plain, earlier);
		for (const field of column.p ?? []) referenced.add(fieldOf(field));
		columns.set(key, column);
	}
	return {
		k: keys,
		...(oneShape ? {} : { s: shapes, r: writeInts(shapeKeys.map((s) => distinct.indexOf(s))) }),
		n: rows.length,
		c: keys.map((key) => columns.get(key) as CompactColumn),
	};
}

/**
 * The table with its columns in another order (`order[j]` is the column written `j`th), its rows' key orders kept:
 * the shapes name keys by their new positions.
 */
function reordered(table: CompactTable, order: readonly number[]): CompactTable {
	const position = new Map(order.map((old, j) => [old, j]));
	const shapes = table.s ?? [table.k.map((_, i) => i)];
	return {
		k: order.map((old) => table.k[old] as string),
		s: shapes.map((shape) => shape?.map((old) => position.get(old) ?? old) ?? null),
		...(table.r === undefined ? {} : { r: table.r }),
		n: table.n,
		c: order.map((old) => table.c[old] as CompactColumn),
	};
}

/**
 * The lists with each list's columns moved, one at a time, to its start or its end where the whole gzips smaller:
 * text that repeats other text (a claim's quote is often part of a figure's) then falls within gzip's 32 KiB window.
 */
function arranged(out: Record<string, unknown>): CompactRecords {
	let best = cost(out);
	for (const [name, value] of Object.entries(out)) {
		if (value === null || typeof value !== 'object') continue;
		let table = value as CompactTable;
		for (const key of table.k)
			for (const candidate of moves(table, key)) {
				const c = cost({ ...out, [name]: candidate });
				if (c < best) [best, table] = [c, candidate];
			}
		out[name] = table;
	}
	return out as CompactRecords;
}

/** The table with one column moved to its start, and to its end. */
function moves(table: CompactTable, key: string): CompactTable[] {
	const at = table.k.indexOf(key);
	const others = table.k.map((_, i) => i).filter((i) => i !== at);
	return [reordered(table, [at, ...others]), reordered(table, [...others, at])];
}

/** Keeps a list's ids, when every record has a string id, for later columns to refer to. */
function rememberIds(earlier: Map<string, readonly string[]>, name: string, list: readonly unknown[]): void {
	const ids = list.map((row) => (row as { id?: unknown } | null)?.id);
	if (ids.every((id): id is string => typeof id === 'string')) earlier.set(name, ids);
}

/**
 * Named lists of records written by columns (see `CompactTable`), for the bundled dataset and person words: each
 * list's fields as columns, each column in the form of several (raw, a dictionary, ids of an earlier list, a template
 * on sibling fields) whose JSON gzips smallest. `decodeCompact` gives back the same records, key order included.
 *
 * @param records - lists of records by name (JSON values), and values that are not objects (a version)
 * @param before - lists already written elsewhere, which columns may refer to by id (`decodeCompact` takes them too)
 * @returns their compact form, a JSON value
 * @throws when a value is an object but not a list
 * @example
 * ```ts
 * const text = JSON.stringify(encodeCompact(dataset));
 * ```
 */
export function encodeCompact(records: object, before: object = {}): CompactRecords {
	const out: Record<string, unknown> = {};
	const earlier = new Map<string, readonly string[]>();
	for (const [name, value] of Object.entries(before)) if (Array.isArray(value)) rememberIds(earlier, name, value);
	for (const [name, value] of Object.entries(records)) {
		if (!Array.isArray(value)) {
			if (value !== null && typeof value === 'object') throw new Error(`${name}: only lists of records are encoded`);
			out[name] = value;
			continue;
		}
		out[name] = writeTable(value as Row[], earlier);
		rememberIds(earlier, name, value);
	}
	return arranged(out);
}
