/**
 * The site search's words, in one place: its button, its field, and what it says while it searches. The theme shows
 * them; the browser tests find the field by `label`.
 *
 * @example
 * ```ts
 * h('input', { type: 'search', 'aria-label': SEARCH_WORDING.label });
 * ```
 */
export const SEARCH_WORDING = {
	button: 'Search',
	label: 'Search the site',
	placeholder: 'A place, a force or a word',
	close: 'Close',
	idle: 'Search places, forces, measures and guides.',
	searching: 'Searching…',
	failed: 'Search could not load. Use the menu to find a page.',
	none: 'No page matches those words.',
	best: 'Best matches:',
	all: 'All matches:',
} as const;
