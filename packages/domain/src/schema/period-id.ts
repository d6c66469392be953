import { z } from 'zod';

/** A financial year label, "2016/17". */
export const YearIdSchema = z.string().regex(/^\d{4}\/\d{2}$/, 'must be a financial year such as "2016/17"');

/** A financial year ("2016/17") or a span of financial years ("2017/18-2022/23"). */
export const PeriodIdSchema = z
	.string()
	.regex(/^\d{4}\/\d{2}(?:-\d{4}\/\d{2})?$/, 'must be "2016/17" or a span such as "2017/18-2022/23"')
	.refine((id) => id.split('-').every((year) => (Number(year.slice(0, 4)) + 1) % 100 === Number(year.slice(5, 7))), {
		message: 'the second part of a financial year must follow the first ("2016/17", not "2016/18")',
	});

export type YearId = z.infer<typeof YearIdSchema>;
export type PeriodId = z.infer<typeof PeriodIdSchema>;
