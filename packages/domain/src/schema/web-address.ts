import { z } from 'zod';

/**
 * A web address a renderer may print as a link: `https:` or `http:` only, so a dataset from elsewhere cannot make a
 * link run script (`javascript:`) or open something other than a web page (`data:`, `file:`).
 */
export const WebAddressSchema = z.url({
	protocol: /^https?$/,
	hostname: z.regexes.domain,
	error: 'must be an https: or http: address',
});
