import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app/app-context.js';
import { loadOrgHistory } from '../../../app/org/load-org-history.js';
import { amendProcedure } from '../../../app/procedures/amend-procedure.js';
import { createProcedureVersion } from '../../../app/procedures/create-procedure-version.js';
import { exportProcedures } from '../../../app/procedures/export-procedures.js';
import { getProcedure } from '../../../app/procedures/get-procedure.js';
import { importProcedures } from '../../../app/procedures/import-procedures.js';
import { listProcedures } from '../../../app/procedures/list-procedures.js';
import type { ProcedureRecord } from '../../../domain/procedures/procedure-record.js';
import { localDateOf } from '../../../domain/shared/local-date.js';
import { requireActor, requireRoles } from '../../plugins/authentication.js';
import * as p from '../../presenters/procedure.presenter.js';
import { ZError } from '../../schemas.js';
import * as s from './procedures.schema.js';

const recordOf = (b: z.infer<typeof s.ZVersionBody>, code = b.code): ProcedureRecord => ({ ...b, code, channels: b.channels as ProcedureRecord['channels'] });

/** The procedure catalogue: public reads as of any date; writes by the administrator and the provincial procedure-control function. */
export const procedureRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const today = () => localDateOf(ctx.now());
  const editors = { preHandler: requireRoles('system_admin', 'par_agency') };
  const writeResponses = { 400: ZError, 401: ZError, 403: ZError, 404: ZError, 409: ZError };
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.get('/api/v1/procedures', {
    schema: { tags: ['procedures'], summary: 'Procedures in force on a date (public): accent-insensitive search, filters, paging, by code', querystring: s.ZListQuery,
      response: { 200: z.object({ procedures: z.array(p.ZProcedureListItem), total: z.number() }) } },
  }, async (request) => {
    const q = request.query;
    const { history, versions, total } = await listProcedures(ctx, { q: q.q, level: q.level, fieldCode: q.field, unit: q.unit, asOf: q.asOf ?? today(), page: q.page, pageSize: q.pageSize });
    return { procedures: versions.map((v) => p.presentProcedureListItem(history, v)), total };
  });

  app.get('/api/v1/procedures/export', {
    schema: { tags: ['procedures'], summary: 'The whole catalogue, every version: CSV (UTF-8 with BOM, for Excel) or JSON; re-importable', querystring: s.ZExportQuery },
  }, async (request, reply) => {
    const { contentType, body } = await exportProcedures(ctx, { format: request.query.format });
    return reply.type(contentType).header('content-disposition', `attachment; filename="procedures-${today()}.${request.query.format}"`).send(body);
  });

  app.get('/api/v1/procedures/:code', {
    schema: { tags: ['procedures'], summary: 'A procedure: the version in force on asOf, every version, completeness against Decree 63/2010 Art. 8(2)', params: s.ZCodeParams, querystring: s.ZAsOfQuery,
      response: { 200: p.ZProcedureDetails, 404: ZError } },
  }, async (request) => {
    const asOf = request.query.asOf ?? today();
    return p.presentProcedureDetails(await getProcedure(ctx, { code: request.params.code, asOf }), asOf);
  });

  app.post('/api/v1/procedures', { ...editors, schema: { tags: ['procedures'], summary: 'Add a procedure with its first version', body: s.ZVersionBody, response: { 201: p.ZSavedVersion, ...writeResponses } } },
    async (request, reply) => {
      const saved = await createProcedureVersion(ctx, { actor: requireActor(request), record: recordOf(request.body) });
      return reply.status(201).send(p.presentSavedVersion(await loadOrgHistory(ctx), saved));
    });

  app.post('/api/v1/procedures/:code/versions', { ...editors, schema: { tags: ['procedures'], summary: 'Amend a procedure from a date (the previous version ends the day before)', params: s.ZCodeParams, body: s.ZAmendBody, response: { 201: p.ZSavedVersion, ...writeResponses } } },
    async (request, reply) => {
      const body = request.body as z.infer<typeof s.ZVersionBody>;
      const saved = await amendProcedure(ctx, { actor: requireActor(request), code: request.params.code, record: recordOf(body, body.code || request.params.code) });
      return reply.status(201).send(p.presentSavedVersion(await loadOrgHistory(ctx), saved));
    });

  app.post('/api/v1/procedures/import', { ...editors, schema: { tags: ['procedures'], summary: 'Import versions from JSON or CSV: bad rows reported by number, good rows kept, idempotent by code + validFrom', body: s.ZImportBody, response: { 200: p.ZImportReport, ...writeResponses } } },
    async (request) => {
      const body = request.body;
      const file = typeof body === 'string' ? { format: 'csv' as const, content: body } : body;
      return p.presentImportReport(await importProcedures(ctx, { actor: requireActor(request), ...file }));
    });
};
