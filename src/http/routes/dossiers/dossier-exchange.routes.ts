import { PassThrough, Readable } from 'node:stream';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app/app-context.js';
import { exportDossiers } from '../../../app/dossiers/export-dossiers.js';
import { importDossiers } from '../../../app/dossiers/import-dossiers.js';
import { DomainError } from '../../../domain/errors.js';
import { localDateOf } from '../../../domain/shared/local-date.js';
import { requireActor, requireRoles } from '../../plugins/authentication.js';
import { ZLocalDate } from '../../schemas.js';
import { ndjsonLines } from './ndjson-lines.js';

/** A province's history of dossiers (a million lines of ~600 bytes) fits; the body is streamed, never held. */
export const IMPORT_BODY_LIMIT = 2 * 1024 ** 3;
const NDJSON = 'application/x-ndjson; charset=utf-8';

const ZExportQuery = z.object({
  unit: z.string().trim().min(1).max(80).optional(),
  from: ZLocalDate.optional(),
  to: ZLocalDate.optional(),
});

const errorLine = (error: unknown) => (error instanceof DomainError
  ? { code: error.code, message: error.message, messageVi: error.messageVi, details: error.details }
  : { code: 'INTERNAL', message: 'The import stopped on an internal error; the lines reported so far are stored.', messageVi: 'Quá trình nhập dừng do lỗi hệ thống; các dòng đã báo cáo vẫn được lưu.' });

/**
 * The legacy dossier exchange (NDJSON, one dossier per line; format in parse-legacy-line.ts): import from another
 * system and export in the same format, for a system administrator or the PAR standing agency.
 *
 * The import answers with a streamed NDJSON report while it reads the body: `{"progress": {...}}` every 10,000 lines,
 * then one `{"done": {...}}` (or `{"error": {...}}` if it had to stop). Streaming keeps a proxy from timing out on a
 * province-sized file and shows progress; the status is 200 once the lines are being read, so read the last line.
 */
export const dossierExchangeRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const exchange = { preHandler: requireRoles('system_admin', 'par_agency') };
  // The raw body stream goes to the use case as it arrives (scoped to this plugin's routes).
  app.addContentTypeParser(['application/x-ndjson', 'text/plain'], (_request, payload, done) => done(null, payload));

  app.post('/api/v1/dossiers/import', {
    ...exchange,
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      tags: ['dossiers'],
      summary: 'Import dossiers from a legacy system: NDJSON body (application/x-ndjson or text/plain), one dossier per line; streamed NDJSON progress and a final report',
    },
  }, async (request, reply) => {
    const actor = requireActor(request);
    // An empty body is parsed by nobody (undefined); anything parsed otherwise is not a stream of NDJSON.
    const body = (request.body === undefined ? [] : request.body) as AsyncIterable<Buffer>;
    if (request.body !== undefined && typeof body[Symbol.asyncIterator] !== 'function') {
      throw new DomainError('INVALID_INPUT', 'Send the dossiers as NDJSON (Content-Type: application/x-ndjson or text/plain), one per line.',
        'Hãy gửi hồ sơ dạng NDJSON (Content-Type: application/x-ndjson hoặc text/plain), mỗi dòng một hồ sơ.', { field: 'content-type' });
    }
    const out = new PassThrough();
    const send = (value: unknown) => out.write(`${JSON.stringify(value)}\n`);
    const lines = ndjsonLines(body, IMPORT_BODY_LIMIT);
    importDossiers(ctx, { actor, lines, onProgress: (progress) => send({ progress }) })
      .then((done) => out.end(`${JSON.stringify({ done })}\n`))
      .catch((error: unknown) => {
        if (!(error instanceof DomainError)) request.log.error({ err: error }, 'dossier import stopped');
        out.end(`${JSON.stringify({ error: errorLine(error) })}\n`);
      });
    return reply.type(NDJSON).send(out);
  });

  app.get('/api/v1/dossiers/export', {
    ...exchange,
    schema: {
      tags: ['dossiers'],
      summary: 'Export received dossiers as NDJSON in the import format (unit by id or code, with every unit ever under it; receipt dates from–to inclusive)',
      querystring: ZExportQuery,
    },
  }, async (request, reply) => {
    const q = request.query;
    const chunks = await exportDossiers(ctx, { actor: requireActor(request), unit: q.unit, from: q.from, to: q.to });
    const name = `dossiers-${q.from ?? 'all'}-${q.to ?? localDateOf(ctx.now())}.ndjson`;
    return reply.type(NDJSON).header('content-disposition', `attachment; filename="${name}"`).send(Readable.from(chunks));
  });
};
