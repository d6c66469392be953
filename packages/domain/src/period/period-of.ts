import type { PeriodId } from '../schema/period-id.js';
import { financialYear, type Period, yearSpan } from './financial-year.js';

const cache = new Map<string, Period>();

/**
 * The period a figure (or any period id in the dataset's form) covers.
 *
 * @example
 * ```ts
 * periodOf({ period: '2019/20' }).days; // 366
 * periodOf({ period: '2017/18-2022/23' }).kind; // "span"
 * ```
 */
export function periodOf(record: { period: PeriodId }): Period {
	const id = record.period;
	let period = cache.get(id);
	if (!period) {
		const [from, to] = id.split('-');
		const start = Number(from?.slice(0, 4));
		period = to ? yearSpan(start, Number(to.slice(0, 4))) : financialYear(start);
		cache.set(id, period);
	}
	return period;
}
