import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../create-rate-limiter.js';

describe('createRateLimiter', () => {
	it('allows perUser commands per window, then refuses until the window ends', () => {
		const limiter = createRateLimiter({ perUser: 3, windowMs: 100 });
		expect([0, 1, 2, 3].map((t) => limiter.allow('u', t))).toEqual([true, true, true, false]);
		expect(limiter.allow('u', 99)).toBe(false);
		expect(limiter.allow('u', 100)).toBe(true);
	});

	it('starts a new window if the clock goes backwards', () => {
		const limiter = createRateLimiter({ perUser: 1, windowMs: 100 });
		expect(limiter.allow('u', 500)).toBe(true);
		expect(limiter.allow('u', 501)).toBe(false);
		expect(limiter.allow('u', 10)).toBe(true);
	});

	it('tracks at most 10,000 users', () => {
		const limiter = createRateLimiter({ perUser: 1, windowMs: 1_000_000 });
		for (let i = 0; i < 12_000; i++) limiter.allow(`user-${i}`, i);
		expect(limiter.size).toBeLessThanOrEqual(10_000);
		expect(limiter.allow('user-11999', 12_000)).toBe(false);
	});
});
