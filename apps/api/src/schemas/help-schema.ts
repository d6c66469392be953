import { z } from '@hono/zod-openapi';
import { CHILDLINE, EMERGENCY, NSPCC_HELPLINE } from '@signpost-uk/domain';

/** One way to reach a help service: a phone number, an address, a web page. */
const ChannelSchema = z.object({
	kind: z.enum(['phone', 'email', 'web', 'chat', 'form']),
	value: z.string(),
	hours: z.string().optional(),
});

/** A help service as the domain defines it (`packages/domain/src/signposting/help-services.ts`). */
const HelpServiceSchema = z.looseObject({
	id: z.string(),
	name: z.string(),
	summary: z.string(),
	phone: z.string().optional(),
	channels: z.array(ChannelSchema),
	cost: z.string(),
	sourceUrl: z.string(),
	lastChecked: z.string(),
});

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
		services: z.tuple([alwaysShown(CHILDLINE), alwaysShown(NSPCC_HELPLINE), alwaysShown(EMERGENCY)], HelpServiceSchema),
	})
	.openapi('Help', {
		description: 'Childline 0800 1111, the NSPCC Helpline 0808 800 5000 and 999 first; then services for the topic.',
	});
