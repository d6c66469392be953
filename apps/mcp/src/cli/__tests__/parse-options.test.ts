import { LONG_PERSON_MESSAGE, PRIVATE_PHRASE } from '@signpost-uk/domain/testing';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, DEFAULT_PORT, parseOptions } from '../parse-options.js';

describe('parseOptions', () => {
	it('runs over stdio by default', () => {
		expect(parseOptions([])).toEqual({ kind: 'stdio' });
	});

	it('serves HTTP on loopback unless --host says otherwise', () => {
		expect(parseOptions(['--http'])).toEqual({ kind: 'http', host: DEFAULT_HOST, port: DEFAULT_PORT });
		expect(DEFAULT_HOST).toBe('127.0.0.1');
		expect(parseOptions(['--http', '--host', '0.0.0.0', '--port', '8080'])).toEqual({
			kind: 'http',
			host: '0.0.0.0',
			port: 8080,
		});
		expect(parseOptions(['--http', '--port', '0'])).toMatchObject({ port: 0 });
	});

	it('refuses a bad port, an unknown option, and --host or --port without --http', () => {
		for (const argv of [
			['--http', '--port', 'eighty'],
			['--http', '--port', '70000'],
			['--http', '--port', '1.5'],
			['--verbose'],
			['--port', '8080'],
			['stray'],
		]) {
			expect(parseOptions(argv).kind, argv.join(' ')).toBe('usage-error');
		}
	});

	it('never repeats what was typed in a usage error (it is written to stderr)', () => {
		for (const argv of [
			[PRIVATE_PHRASE],
			[LONG_PERSON_MESSAGE],
			[`--${PRIVATE_PHRASE}`],
			['--http', PRIVATE_PHRASE],
			['--http', '--port', PRIVATE_PHRASE],
			['--help', PRIVATE_PHRASE],
		]) {
			const line = parseOptions(argv);
			expect(line.kind, argv.join(' ')).toBe('usage-error');
			const message = line.kind === 'usage-error' ? line.message.toLowerCase() : '';
			expect(message).not.toContain('touches');
			expect(message).not.toContain('scared');
		}
	});

	it('reads --help and --version', () => {
		expect(parseOptions(['--help'])).toEqual({ kind: 'help' });
		expect(parseOptions(['--version'])).toEqual({ kind: 'version' });
	});
});
