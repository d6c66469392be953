import { describe, expect, it } from 'vitest';
import { captureOutput } from '../capture-output.js';

describe('captureOutput', () => {
	it('catches the console and both streams, then puts them back', () => {
		const log = console.log;
		const write = process.stdout.write;
		const output = captureOutput();
		try {
			console.log('a', 1);
			console.trace('b');
			process.stdout.write('c');
			process.stderr.write('d');
		} finally {
			output.restore();
		}
		expect(output.written).toEqual(['a 1', 'b', 'c', 'd']);
		expect(console.log).toBe(log);
		expect(process.stdout.write).toBe(write);
	});
});
