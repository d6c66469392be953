import { describe, expect, it } from 'vitest';
import { createLogger } from '../create-logger.js';
import { redactSecrets } from '../redact-secrets.js';

const TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('secret redaction', () => {
	it('removes the token and anything shaped like a bot token', () => {
		expect(redactSecrets(`login with ${TOKEN} failed`, [TOKEN])).toBe('login with [redacted] failed');
		expect(redactSecrets(`other ${TOKEN}`)).toBe('other [redacted]');
		expect(redactSecrets('custom-secret-value', ['custom-secret-value'])).toBe('[redacted]');
	});

	it('is applied by the logger to every line', () => {
		const lines: string[] = [];
		const log = createLogger({ secrets: ['custom-secret-value'], write: (line) => lines.push(line), level: 'debug' });
		log.error('failed', { error: new Error(`token ${TOKEN} and custom-secret-value`) });
		log.debug('x', { nested: { value: 'custom-secret-value' } });
		expect(lines).toHaveLength(2);
		expect(lines.join('\n')).not.toContain(TOKEN);
		expect(lines.join('\n')).not.toContain('custom-secret-value');
		expect(JSON.parse(lines[0] as string)).toMatchObject({ level: 'error', message: 'failed' });
	});

	it('drops lines below the level', () => {
		const lines: string[] = [];
		const log = createLogger({ level: 'warn', write: (line) => lines.push(line) });
		log.info('quiet');
		log.warn('loud');
		expect(lines).toHaveLength(1);
	});
});
