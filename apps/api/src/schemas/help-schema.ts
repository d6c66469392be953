import { z } from '@hono/zod-openapi';
import {
	CHILDLINE,
	HelpServiceSchema as DomainHelpServiceSchema,
	EMERGENCY,
	NSPCC_HELPLINE,
} from '@signpost-uk/domain';

/**
 * A help service as the domain defines and validates it: its channels, hours with their checked date, quoted sources.
 * A new object over the domain's fields, made after `@hono/zod-openapi` extended zod: zod copies `.openapi` onto a
 * schema when it is made, so the domain's own object has it only if the domain happened to load after the extension
 * (it did in one test order and not in another).
 */
const HelpServiceSchema = z.object(DomainHelpServiceSchema.unwrap().shape).openapi('HelpService');

/** A service that is always shown, with its number fixed in the schema: a body with any other number fails it. */
function alwaysShown(service: { readonly id: string; readonly phone: string }) {
	return HelpServiceSchema.extend({ id: z.literal(service.id), phone: z.literal(service.phone) });
}

/**
 * The help lines every body carries: Childline 0800 1111, the NSPCC Helpline 0808 800 5000 and 999 first (fixed in
 * the schema, digit by digit), then any services for the topic.
 *
 * @example
 * ```ts
 * HelpSchema.parse(getHelplines().help).services[0].phone; // "0800 1111"
 * ```
 */
export const HelpSchema = z
	.looseObject({
		audience: z.string(),
		topic: z.string(),
		services: z
			.tuple([alwaysShown(CHILDLINE), alwaysShown(NSPCC_HELPLINE), alwaysShown(EMERGENCY)], HelpServiceSchema)
			// The generator writes a tuple's first items only: the services after the three (Samaritans, Meic...) are
			// described here, so a client validates them too.
			.openapi({ items: { $ref: '#/components/schemas/HelpService' } }),
	})
	.openapi('Help', {
		description: 'Childline 0800 1111, the NSPCC Helpline 0808 800 5000 and 999 first; then services for the topic.',
	});
