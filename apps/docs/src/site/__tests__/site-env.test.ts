import { describe, expect, it } from 'vitest';
import { siteEnv } from '../site-env.js';

describe('siteEnv', () => {
	it('takes DOCS_BASE_URL, without a trailing slash, and none when it is unset or blank (relative links, no sitemap)', () => {
		expect(siteEnv({ DOCS_BASE_URL: 'https://docs.example.net/signpost/' }).baseUrl).toBe(
			'https://docs.example.net/signpost',
		);
		expect(siteEnv({}).baseUrl).toBeUndefined();
		expect(siteEnv({ DOCS_BASE_URL: '  ' }).baseUrl).toBeUndefined();
		expect(siteEnv({ DOCS_BASE_URL: 'http://localhost:4173' }).baseUrl).toBe('http://localhost:4173');
	});

	it('refuses an address that is not https, or has a query or credentials, naming the variable', () => {
		for (const bad of [
			'signpost.example.org',
			'http://signpost.example.org',
			'javascript:alert(1)',
			'https://a.org/?x=1',
			'https://u:p@a.org',
		])
			expect(() => siteEnv({ DOCS_BASE_URL: bad }), bad).toThrow(/DOCS_BASE_URL/);
	});
});
