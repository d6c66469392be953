import { describe, expect, it } from 'vitest';
import { ApiEnvError, loadApiEnv } from '../env.js';

describe('loadApiEnv', () => {
	it('defaults: port 8787 on 127.0.0.1, 60 requests a minute', () => {
		expect(loadApiEnv({})).toEqual({ port: 8_787, host: '127.0.0.1', rateLimit: 60 });
		expect(loadApiEnv({ PORT: '', RATE_LIMIT: '' })).toEqual({ port: 8_787, host: '127.0.0.1', rateLimit: 60 });
	});

	it('reads PORT, HOST and RATE_LIMIT (0 turns the limit off)', () => {
		expect(loadApiEnv({ PORT: '8080', HOST: '0.0.0.0', RATE_LIMIT: '0' })).toEqual({
			port: 8_080,
			host: '0.0.0.0',
			rateLimit: 0,
		});
	});

	it.each([
		['PORT', '70000'],
		['PORT', 'eighty'],
		['RATE_LIMIT', '-1'],
		['RATE_LIMIT', '1.5'],
	])('refuses %s=%s, naming the variable and not the value', (name, value) => {
		expect(() => loadApiEnv({ [name]: value })).toThrow(ApiEnvError);
		expect(() => loadApiEnv({ [name]: value })).toThrow(new RegExp(`^${name} `));
		try {
			loadApiEnv({ [name]: value });
		} catch (error) {
			expect((error as Error).message).not.toContain(value);
		}
	});
});
