import { CAVEATS, getHelplines } from '@signpost-uk/sdk';

/**
 * What every tool description tells the model about using the figures, built on the SDK's standing caveats so the
 * wording about what recorded offences mean is the same as every other Signpost surface.
 *
 * @example
 * ```ts
 * const description = `Figures for one area and year. ${RESPONSIBLE_USE}`;
 * ```
 */
export const RESPONSIBLE_USE = [
	'How to use the result:',
	`(1) ${CAVEATS.notVictims} ${CAVEATS.recordingAndReporting} Say "offences recorded", never "children abused", and keep the caveats.`,
	'(2) Give no figure without its source: name the source, its date and its address, and keep the exact quote where you can.',
	`(3) Always show the person the help lines from the result: ${getHelplines().sentence}.`,
	'(4) Do not estimate, round, add up or fill in a missing figure: "no published figure" (status "not-found", with its reason) is the correct answer. Changes marked computed were worked out by Signpost from cited counts; say so.',
	'(5) Where sources disagree, show both values.',
].join(' ');
