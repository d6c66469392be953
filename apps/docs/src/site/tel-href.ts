/**
 * The `tel:` address of a phone number as written: its digits (and a leading `+`).
 *
 * @example
 * ```ts
 * telHref('0808 800 5000'); // "tel:08088005000"
 * ```
 */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;
