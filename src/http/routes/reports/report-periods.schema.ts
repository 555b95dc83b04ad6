import { z } from 'zod';
import { PERIOD_PRESETS } from '../../../domain/statistics/report-periods.js';
import { ZLocalDate } from '../../schemas.js';

export const ZReportPeriodQuery = z.object({
  preset: z.enum(PERIOD_PRESETS, { message: `must be one of ${PERIOD_PRESETS.join(', ')}` }),
  /** Reference date; today in Vietnam when absent. */
  date: ZLocalDate.optional(),
  /** Only for `first_months`: how many months from January (1–12). */
  months: z.coerce.number().int().min(1).max(12).optional(),
}).refine((q) => q.preset !== 'first_months' || q.months !== undefined, { message: 'give months (1–12) for the first_months preset', path: ['months'] });

export const ZReportPeriod = z.object({
  preset: z.enum(PERIOD_PRESETS),
  from: z.string(),
  to: z.string(),
  label: z.string(),
  labelEn: z.string(),
});

export const ZReportPeriodPresets = z.object({
  presets: z.array(z.object({
    preset: z.enum(PERIOD_PRESETS), labelVi: z.string(), labelEn: z.string(), kind: z.enum(['calendar', 'cutoff']),
    needsMonths: z.boolean(), unconfirmed: z.boolean(),
  })),
});
