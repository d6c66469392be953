import { fixtureDataset, HELP_NUMBERS } from '@signpost-uk/domain/testing';
import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../commands/definitions.js';
import { limitViolations } from '../../util/limit-violations.js';
import { createInteractionHandler } from '../create-interaction-handler.js';

const handle = createInteractionHandler({ dataset: fixtureDataset(), rateLimit: { perUser: 5, windowMs: 1_000 } });

function expectValid(response: APIInteractionResponse): void {
	expect(limitViolations(response)).toEqual([]);
	expect([1, 4, 8]).toContain(response.type);
	if (response.type === 4) {
		const data = response.data ?? {};
		for (const number of HELP_NUMBERS) {
			expect(data.content).toContain(number);
			for (const embed of data.embeds ?? []) expect(embed.footer?.text).toContain(number);
		}
		expect(data.allowed_mentions).toEqual({ parse: [] });
	}
}

const optionName = fc.constantFrom('area', 'with', 'year', 'measure', 'private', 'other');
const optionValue = fc.oneof(
	fc.string({ maxLength: 300 }),
	fc.string({ unit: 'binary', maxLength: 120 }),
	fc.constantFrom('Derbyshire', 'uk', 'kent', '2016/17', '2015-16', '@everyone', '', '   ', 'FY2016'),
	fc.boolean(),
	fc.integer(),
	fc.constant(null),
);
const option = fc.record(
	{ name: optionName, type: fc.constantFrom(3, 5, 4, 99), value: optionValue, focused: fc.boolean() },
	{ requiredKeys: ['name', 'value'] },
);

describe('property: random option values', () => {
	it('every command and autocomplete gives a valid response within limits, with help, and never throws', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...COMMAND_NAMES, 'unknown'),
				fc.constantFrom(2, 4),
				fc.array(option, { maxLength: 6 }),
				fc.string({ maxLength: 20 }),
				(name, type, options, userId) => {
					const interaction = { type, data: { name, type: 1, options }, member: { user: { id: userId } } };
					expectValid(handle(interaction as unknown as APIInteraction));
				},
			),
			{ numRuns: 400 },
		);
	});

	it('never echoes a marked typed value into a reply', () => {
		fc.assert(
			fc.property(fc.constantFrom(...COMMAND_NAMES), optionName, fc.string({ maxLength: 40 }), (name, key, text) => {
				const typed = `Qzx${text}Typed`;
				const response = createInteractionHandler({ dataset: fixtureDataset(), rateLimit: false })({
					type: 2,
					data: { name, type: 1, options: [{ name: key, type: 3, value: typed }] },
				} as unknown as APIInteraction);
				expect(JSON.stringify(response)).not.toContain('Qzx');
			}),
			{ numRuns: 200 },
		);
	});
});

describe('property: garbled payloads', () => {
	it('any JSON value gives a valid response and never throws', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (payload) => {
				expectValid(handle(payload as unknown as APIInteraction));
			}),
			{ numRuns: 400 },
		);
	});

	it('interaction-shaped objects with wrong field types give a valid response', () => {
		fc.assert(
			fc.property(
				fc.record({
					type: fc.oneof(fc.integer({ min: -2, max: 9 }), fc.string(), fc.constant(null)),
					data: fc.oneof(
						fc.anything(),
						fc.record({ name: fc.oneof(fc.constantFrom(...COMMAND_NAMES), fc.anything()), options: fc.anything() }),
					),
					member: fc.anything(),
					user: fc.anything(),
				}),
				(payload) => {
					expectValid(handle(payload as unknown as APIInteraction));
				},
			),
			{ numRuns: 400 },
		);
	});
});
