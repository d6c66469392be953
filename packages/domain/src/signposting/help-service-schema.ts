import { z } from 'zod';
import { isCalendarDate } from '../schema/calendar-date.js';
import { PublishedSchema } from '../schema/source.js';
import { WebAddressSchema } from '../schema/web-address.js';
import { AUDIENCES, CHANNEL_KINDS, HELP_NATIONS, HELP_TOPICS, SOURCE_GIVES } from './help-service.js';

const DaySchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
	.refine(isCalendarDate, 'must be a real date');

/**
 * One way to reach a help service. Hours never travel without the date they were checked.
 *
 * @example
 * ```ts
 * ContactChannelSchema.parse({ kind: 'phone', value: '116 123', hours: '24 hours a day', hoursChecked: '2026-12-04' });
 * ```
 */
export const ContactChannelSchema = z
	.object({
		kind: z.enum(CHANNEL_KINDS),
		value: z.string().min(1),
		hours: z.string().min(1).optional(),
		hoursChecked: DaySchema.optional(),
	})
	.refine((c) => (c.hours === undefined) === (c.hoursChecked === undefined), {
		message: 'hours and hoursChecked go together: hours change, so they carry the date they were checked',
	})
	.readonly();

/**
 * A page a help service's details are quoted from.
 *
 * @example
 * ```ts
 * HelpServiceSourceSchema.parse(SAMARITANS.sources[0]);
 * ```
 */
export const HelpServiceSourceSchema = z
	.object({
		quote: z.string().min(1).max(1_000),
		url: WebAddressSchema,
		title: z.string().min(1),
		publisher: z.string().min(1),
		published: PublishedSchema,
		checked: DaySchema,
		gives: z.array(z.enum(SOURCE_GIVES)).min(1).readonly(),
	})
	.readonly();

/**
 * A help service record. Validated in tests for every record in `HELP_SERVICES`; a type test keeps `HelpService`
 * and this schema's inferred type the same.
 *
 * @example
 * ```ts
 * HELP_SERVICES.every((s) => HelpServiceSchema.safeParse(s).success); // true
 * ```
 */
export const HelpServiceSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
		name: z.string().min(1),
		summary: z.string().min(1),
		audience: z.array(z.enum(AUDIENCES)).min(1).readonly(),
		topics: z.array(z.enum(HELP_TOPICS)).readonly(),
		nations: z.array(z.enum(HELP_NATIONS)).min(1).readonly().optional(),
		phone: z.string().min(1).optional(),
		channels: z.array(ContactChannelSchema).min(1).readonly(),
		cost: z.string().min(1),
		sources: z.array(HelpServiceSourceSchema).min(1).readonly(),
		sourceUrl: WebAddressSchema,
		lastChecked: DaySchema,
	})
	.readonly();

export type HelpServiceRecord = z.infer<typeof HelpServiceSchema>;
