import { z } from 'zod';
import { isCalendarDate } from '../schema/calendar-date.js';
import { PublishedSchema } from '../schema/source.js';
import { WebAddressSchema } from '../schema/web-address.js';
import type { HelpService } from './help-service.js';
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
		/** What to dial, text, write to or open: "0800 1111", "84001", "help@nspcc.org.uk", "https://www.childline.org.uk". */
		value: z.string().min(1),
		/** When it is open, as most recently published on a quoted page. */
		hours: z.string().min(1).optional(),
		/** When those hours were checked against that page, "YYYY-MM-DD": hours change, so they never travel without it. */
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
		/** Copied word for word from the page; holds every number or address it `gives`, digit for digit. */
		quote: z.string().min(1).max(1_000),
		/** The page's address. */
		url: WebAddressSchema,
		/** The page's title as it shows it. */
		title: z.string().min(1),
		/** Who published the page. */
		publisher: z.string().min(1),
		/** The date the page shows: "YYYY-MM-DD", "YYYY-MM", "YYYY", or "not-shown". */
		published: PublishedSchema,
		/** When Signpost read the stored copy of the page, "YYYY-MM-DD". */
		checked: DaySchema,
		/** What the quote establishes: a channel's number or address, the hours, or who the service is for. */
		gives: z.array(z.enum(SOURCE_GIVES)).min(1).readonly(),
	})
	.readonly();

/**
 * A help service record (its type, `HelpService`, is inferred from it). Validated in tests for every record in
 * `HELP_SERVICES`.
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
		/** One line: who it is for and what it does. */
		summary: z.string().min(1),
		audience: z.array(z.enum(AUDIENCES)).min(1).readonly(),
		topics: z.array(z.enum(HELP_TOPICS)).readonly(),
		/** The nations it serves, when not the whole UK (Meic: Wales). */
		nations: z.array(z.enum(HELP_NATIONS)).min(1).readonly().optional(),
		/** The main number, where the service has one. */
		phone: z.string().min(1).optional(),
		channels: z.array(ContactChannelSchema).min(1).readonly(),
		cost: z.string().min(1),
		/** The quoted pages: every number, address and hours string above is established by one of them. */
		sources: z.array(HelpServiceSourceSchema).min(1).readonly(),
		/** The main page the details were taken from (the first source's address). */
		sourceUrl: WebAddressSchema,
		/** When those details were last checked against the quoted pages, "YYYY-MM-DD". */
		lastChecked: DaySchema,
	})
	.readonly();

/** @deprecated The same type as `HelpService`, which is now inferred from this schema: use that. */
export type HelpServiceRecord = HelpService;
