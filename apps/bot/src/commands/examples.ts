import type { CommandName } from './definitions.js';

/**
 * Example command lines for each command, for the docs site's bot page, the console and the README.
 *
 * @example
 * ```ts
 * commandExamples.figures[0]; // "/figures area:Derbyshire year:2016/17"
 * ```
 */
export const commandExamples: Readonly<Record<CommandName, readonly string[]>> = {
	figures: [
		'/figures area:Derbyshire year:2016/17',
		'/figures area:Staffordshire',
		'/figures area:Kent private:true',
		'/figures area:Derbyshire measure:online-element',
	],
	compare: [
		'/compare area:Derbyshire with:Staffordshire year:2016/17',
		'/compare area:Cambridgeshire with:Derbyshire',
		'/compare area:Wales with:Dyfed-Powys measure:sexual-communication-with-a-child',
	],
	trend: ['/trend area:UK', '/trend area:Derbyshire', '/trend area:UK measure:child-sexual-offences'],
	national: ['/national year:2016/17', '/national measure:sexual-communication-with-a-child', '/national'],
	sources: ['/sources area:Kent', '/sources'],
	support: ['/support', '/support private:false'],
	help: ['/help'],
	about: ['/about'],
};
