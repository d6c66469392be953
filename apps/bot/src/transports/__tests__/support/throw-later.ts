// Run by http-hardening.test.ts in a child process: keepProcessUp must keep this process alive through an uncaught
// exception and an unhandled rejection, logging the error names only.
import { createLogger } from '../../create-logger.js';
import { keepProcessUp } from '../../keep-process-up.js';

keepProcessUp(createLogger());
setTimeout(() => {
	throw new TypeError('what the user typed');
}, 10);
setTimeout(() => {
	void Promise.reject(new RangeError('what the user typed'));
}, 20);
setTimeout(() => {
	process.stdout.write('still up\n');
}, 200);
