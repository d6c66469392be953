/** Both help numbers that every message reply must carry, written out (not imported) so a changed number fails. */
export const HELP_NUMBERS = ['0800 1111', '0808 800 5000'] as const;
