// @signpost-uk/domain/testing: the shared test kit, in this package and in the apps that use it: a small, controlled
// dataset, the banned-words check, the help-number check and the output catcher of the privacy tests. Test code only:
// the main entry never imports this file, so it adds nothing to what the SDK bundles.

export { BANNED_PHRASES, BANNED_WORDS, bannedWordsIn, withoutQuotes } from './testing/banned-words.js';
export { type CapturedOutput, captureOutput } from './testing/capture-output.js';
export { type FigureYearCheck, figureYearProblems } from './testing/figure-year-problems.js';
export { fixtureDataset } from './testing/fixture-dataset.js';
export { fixtureInput } from './testing/fixture-input.js';
export { HELP_NUMBERS, missingHelpNumbers } from './testing/help-numbers.js';
export { LONG_PERSON_MESSAGE, LONG_QUERY, longMessage, PRIVATE_PHRASE } from './testing/long-messages.js';
export {
	PERSON_PHRASES,
	type PersonPhrase,
	PLACE_WORDS,
	SERVICE_NAMES_TYPED,
	SHARED_PLACE_WORDS,
} from './testing/person-phrases.js';
