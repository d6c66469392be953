import { z } from 'zod';

/** `schema`, with a missing or null value read as `fallback` (Discord leaves out fields at their default). */
function orDefault<T extends z.ZodType, const F>(schema: T, fallback: F) {
	return schema.nullish().transform((value): z.output<T> | F => value ?? fallback);
}

const ChoiceSchema = z.object({ name: z.string(), value: z.union([z.string(), z.number()]) });

/**
 * One option of a command as Discord returns it, with Discord's defaults filled in and nothing else kept, so a
 * registered option and one of our definitions compare field by field.
 *
 * @example
 * ```ts
 * RegisteredOptionSchema.parse({ type: 3, name: 'area', description: 'A police force' }).required; // false
 * ```
 */
export const RegisteredOptionSchema = z.object({
	type: z.number(),
	name: z.string(),
	description: orDefault(z.string(), ''),
	required: orDefault(z.boolean(), false),
	autocomplete: orDefault(z.boolean(), false),
	choices: orDefault(z.array(ChoiceSchema), []),
	get options(): z.ZodType<RegisteredOption[], unknown> {
		return orDefault(z.array(RegisteredOptionSchema), []);
	},
	min_value: orDefault(z.number(), null),
	max_value: orDefault(z.number(), null),
	min_length: orDefault(z.number(), null),
	max_length: orDefault(z.number(), null),
	channel_types: orDefault(z.array(z.number()), []),
});

/** An option as {@link RegisteredOptionSchema} reads it. */
export interface RegisteredOption {
	readonly type: number;
	readonly name: string;
	readonly description: string;
	readonly required: boolean;
	readonly autocomplete: boolean;
	readonly choices: readonly { readonly name: string; readonly value: string | number }[];
	readonly options: readonly RegisteredOption[];
	readonly min_value: number | null;
	readonly max_value: number | null;
	readonly min_length: number | null;
	readonly max_length: number | null;
	readonly channel_types: readonly number[];
}

/** A list of numbers in order, or absent (so it is compared only when set). */
const sortedOrAbsent = z
	.array(z.number())
	.nullish()
	.transform((list) => (list ? [...list].sort() : undefined));

/**
 * A slash command as Discord's `GET /applications/{id}/commands` returns it (or as we define it), reduced to the
 * fields Discord keeps with its defaults filled in: the ids and versions only Discord sets are dropped, `contexts`
 * and `integration_types` are sorted, and absent when not set.
 *
 * @example
 * ```ts
 * RegisteredCommandSchema.parse({ id: '1', name: 'support', description: 'Where to get help' }).type; // 1
 * ```
 */
export const RegisteredCommandSchema = z.object({
	type: orDefault(z.number(), 1),
	name: z.string(),
	description: orDefault(z.string(), ''),
	options: orDefault(z.array(RegisteredOptionSchema), []),
	default_member_permissions: orDefault(z.string(), null),
	nsfw: orDefault(z.boolean(), false),
	contexts: sortedOrAbsent,
	integration_types: sortedOrAbsent,
});

/** A command as {@link RegisteredCommandSchema} reads it. */
export type RegisteredCommand = z.output<typeof RegisteredCommandSchema>;
