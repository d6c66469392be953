import { describe, expect, it } from 'vitest';
import { readOptions } from '../../core/read-options.js';
import { isPrivateReply } from '../is-private-reply.js';

const withPrivate = (value?: unknown) =>
	readOptions({ options: value === undefined ? [] : [{ name: 'private', value }] });

describe('isPrivateReply', () => {
	it('makes /support private unless private:false', () => {
		expect(isPrivateReply('support', withPrivate())).toBe(true);
		expect(isPrivateReply('support', withPrivate(true))).toBe(true);
		expect(isPrivateReply('support', withPrivate(false))).toBe(false);
	});

	it('makes other commands private only with private:true', () => {
		expect(isPrivateReply('figures', withPrivate())).toBe(false);
		expect(isPrivateReply('figures', withPrivate(true))).toBe(true);
		expect(isPrivateReply('national', withPrivate('yes'))).toBe(false);
		expect(isPrivateReply(undefined, withPrivate(true))).toBe(true);
	});
});
