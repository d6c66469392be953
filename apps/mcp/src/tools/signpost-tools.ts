import { compareAreasTool } from './compare-areas.js';
import { getFiguresTool } from './get-figures.js';
import { getHelpTool } from './get-help.js';
import { getNationalTool } from './get-national.js';
import { getSeriesTool } from './get-series.js';
import { listSourcesTool } from './list-sources.js';
import { searchAreasTool } from './search-areas.js';
import type { SignpostTool } from './signpost-tool.js';

/**
 * Every tool the server lists, in the order it lists them.
 *
 * @example
 * ```ts
 * SIGNPOST_TOOLS.map((t) => t.name); // ["get_figures", "get_series", …, "get_help"]
 * ```
 */
export const SIGNPOST_TOOLS: readonly SignpostTool[] = [
	getFiguresTool,
	getSeriesTool,
	compareAreasTool,
	getNationalTool,
	searchAreasTool,
	listSourcesTool,
	getHelpTool,
] as readonly SignpostTool[];
