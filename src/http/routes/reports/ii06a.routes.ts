import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app/app-context.js';
import { buildIi06aReport } from '../../../app/statistics/build-ii06a-report.js';
import { exportIi06aDocx, exportIi06aXlsx } from '../../../app/statistics/export-ii06a.js';
import { explainIi06aCell } from '../../../app/statistics/explain-ii06a-cell.js';
import { requireActor } from '../../plugins/authentication.js';
import { presentIi06aCell, presentIi06aReport } from '../../presenters/ii06a.presenter.js';

const ZPeriod = z.object({
  unit: z.string().trim().min(1).max(80),
  from: z.string().trim().max(20),
  to: z.string().trim().max(20),
});
const ZCellQuery = ZPeriod.extend({
  figure: z.string().trim().max(40),
  field: z.string().trim().max(80).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(500).optional(),
});

/** Biểu II.06a/VPCP/KSTT (Circular 01/2020/TT-VPCP) for officers, and the dossiers behind any of its cells. */
export const ii06aRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  app.get('/api/v1/reports/ii06a', {
    schema: { tags: ['reports'], summary: 'Report II.06a for a unit (with its sub-units and merged predecessors) and a period: rows by field and a total', querystring: ZPeriod },
  }, async (request) => {
    const q = request.query;
    return presentIi06aReport(await buildIi06aReport(ctx, { actor: requireActor(request), unitCode: q.unit, from: q.from, to: q.to }));
  });

  app.get('/api/v1/reports/ii06a/cell', {
    schema: { tags: ['reports'], summary: 'The dossiers behind one II.06a figure (optionally of one field), paged, with the rule and the dates', querystring: ZCellQuery },
  }, async (request) => {
    const q = request.query;
    return presentIi06aCell(await explainIi06aCell(ctx, { actor: requireActor(request), unitCode: q.unit, from: q.from, to: q.to, figure: q.figure, fieldCode: q.field, page: q.page, pageSize: q.pageSize }));
  });

  app.get('/api/v1/reports/ii06a.xlsx', {
    schema: { tags: ['reports'], summary: 'Report II.06a as an XLSX workbook in the official layout', querystring: ZPeriod },
  }, async (request, reply) => {
    const q = request.query;
    const file = await exportIi06aXlsx(ctx, { actor: requireActor(request), unitCode: q.unit, from: q.from, to: q.to });
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.content);
  });

  app.get('/api/v1/reports/ii06a.docx', {
    schema: { tags: ['reports'], summary: 'The narrative report on handling results with the II.06a figures, as DOCX', querystring: ZPeriod.extend({ periodLabel: z.string().trim().max(200).optional() }) },
  }, async (request, reply) => {
    const q = request.query;
    const file = await exportIi06aDocx(ctx, { actor: requireActor(request), unitCode: q.unit, from: q.from, to: q.to, periodLabel: q.periodLabel });
    return reply.type('application/vnd.openxmlformats-officedocument.wordprocessingml.document').header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.content);
  });
};
