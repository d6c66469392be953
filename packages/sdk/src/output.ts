// Build entry for the output chunk (see tsup.config.ts): writing answers as text, Markdown and CSV.
export { CAVEATS, type CaveatKey } from '@signpost-uk/domain';
export { answerFigures } from './output/answer-figures.js';
export { type FormatOptions, formatAnswer } from './output/format-answer.js';
export { CSV_COLUMNS, toCSV } from './output/to-csv.js';
