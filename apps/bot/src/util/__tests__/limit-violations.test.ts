import { describe, expect, it } from 'vitest';
import { limitViolations } from '../limit-violations.js';

describe('limitViolations', () => {
	it('finds each broken limit', () => {
		const x = (n: number) => 'x'.repeat(n);
		const problems = limitViolations({
			type: 4,
			data: {
				content: x(2_001),
				embeds: [
					{
						title: x(257),
						description: x(4_097),
						footer: { text: x(2_049) },
						fields: Array.from({ length: 26 }, () => ({ name: x(257), value: x(1_025) })),
					},
				],
			},
		});
		for (const part of [
			'content',
			'title',
			'description',
			'footer',
			'26 fields',
			'field 0 name',
			'field 0 value',
			'in all',
		])
			expect(problems.some((p) => p.includes(part))).toBe(true);
	});

	it('checks autocomplete choices', () => {
		const choices = Array.from({ length: 26 }, () => ({ name: '', value: 'v'.repeat(101) }));
		const problems = limitViolations({ type: 8, data: { choices } });
		expect(problems).toContain('26 choices');
		expect(problems.some((p) => p.startsWith('choice name of 0'))).toBe(true);
		expect(problems.some((p) => p.startsWith('choice value of 101'))).toBe(true);
	});

	it('accepts PONG and a plain message', () => {
		expect(limitViolations({ type: 1 })).toEqual([]);
		expect(limitViolations({ type: 4, data: { content: 'hi' } })).toEqual([]);
		expect(limitViolations('nope')).toEqual(['not an object']);
	});
});
