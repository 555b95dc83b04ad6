import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app/app-context.js';
import { localDateOf } from '../../../domain/shared/local-date.js';
import { PERIOD_PRESET_INFO, reportPeriod } from '../../../domain/statistics/report-periods.js';
import { ZError } from '../../schemas.js';
import { ZReportPeriod, ZReportPeriodPresets, ZReportPeriodQuery } from './report-periods.schema.js';

/**
 * Named reporting periods (calendar month, quarter, first N months, year; Decree 09/2019/NĐ-CP cut-off windows) as
 * date ranges for the report pages. A pure calculation on public rules: no sign-in needed, like the calendar's.
 */
export const reportPeriodRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  app.get('/api/v1/reports/period-presets', {
    schema: { tags: ['reports'], summary: 'The period presets with Vietnamese and English labels, in picker order', response: { 200: ZReportPeriodPresets } },
  }, async () => ({ presets: PERIOD_PRESET_INFO.map((p) => ({ ...p })) }));

  app.get('/api/v1/reports/periods', {
    schema: {
      tags: ['reports'], summary: 'The date range (inclusive local dates) and label of a period preset for a reference date (default: today in Vietnam)',
      querystring: ZReportPeriodQuery, response: { 200: ZReportPeriod, 400: ZError },
    },
  }, async (request) => {
    const q = request.query;
    return reportPeriod({ preset: q.preset, date: q.date ?? localDateOf(ctx.now()), months: q.months });
  });
};
