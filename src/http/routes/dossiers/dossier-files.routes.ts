import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app/app-context.js';
import { attachDocument } from '../../../app/dossiers/attach-document.js';
import { getDossier } from '../../../app/dossiers/get-dossier.js';
import { renderDossierForm, type DossierFormKind } from '../../../app/dossiers/render-dossier-form.js';
import { renderRegister } from '../../../app/dossiers/render-register.js';
import { MAX_DOCUMENT_BYTES } from '../../../domain/dossiers/document-rules.js';
import { DomainError } from '../../../domain/errors.js';
import { dossierDocumentRepository } from '../../../store/repositories/dossier-document.repository.js';
import { requireActor, requireRoles } from '../../plugins/authentication.js';
import { ZError, ZLocalDate, ZUuid } from '../../schemas.js';

const ZDocument = z.object({ id: z.string(), componentCode: z.string().nullable(), kind: z.string(), fileName: z.string(), contentType: z.string(), sizeBytes: z.number(), sha256: z.string(), uploadedAt: z.string() });
const RAW_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

/** Printable forms 01–07 (PDF) and the files of a dossier (scanned components, electronic results). */
export const dossierFileRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const officers = { preHandler: requireRoles('desk_officer', 'unit_officer', 'leader', 'par_agency', 'system_admin') };
  app.addContentTypeParser(RAW_TYPES, { parseAs: 'buffer', bodyLimit: MAX_DOCUMENT_BYTES + 1 }, (_request, body, done) => done(null, body));

  app.get('/api/v1/dossiers/:id/forms/:form', {
    ...officers, schema: { tags: ['dossiers'], summary: 'Form 01–06 of a dossier as PDF (A5)', params: z.object({ id: z.string().min(1).max(80), form: z.enum(['01', '02', '03', '04', '05', '06']) }) },
  }, async (request, reply) => {
    const trackingBase = `${request.protocol}://${request.headers.host ?? 'localhost'}`;
    const { code, pdf } = await renderDossierForm(ctx, { actor: requireActor(request), idOrCode: request.params.id, kind: request.params.form as DossierFormKind, trackingBase });
    return reply.type('application/pdf').header('content-disposition', `inline; filename="mau-${request.params.form}-${code}.pdf"`).send(pdf);
  });

  app.get('/api/v1/dossiers/register', {
    ...officers, schema: { tags: ['dossiers'], summary: 'The register of received dossiers (Form 07, A4 PDF)', querystring: z.object({ unit: ZUuid, from: ZLocalDate, to: ZLocalDate }) },
  }, async (request, reply) => {
    const pdf = await renderRegister(ctx, { actor: requireActor(request), unitId: request.query.unit, from: request.query.from, to: request.query.to });
    return reply.type('application/pdf').header('content-disposition', `inline; filename="so-theo-doi-${request.query.from}-${request.query.to}.pdf"`).send(pdf);
  });

  app.post('/api/v1/dossiers/:id/documents', {
    ...officers, bodyLimit: MAX_DOCUMENT_BYTES + 1,
    schema: { tags: ['dossiers'], summary: 'Attach a file (raw body: PDF, PNG, JPEG, DOCX, XLSX; ≤ 20 MB) as a component scan or the electronic result', params: z.object({ id: ZUuid }),
      querystring: z.object({ fileName: z.string().min(1).max(200), kind: z.enum(['component', 'result']).default('component'), componentCode: z.string().max(40).optional() }), response: { 201: ZDocument, 400: ZError, 413: ZError, 422: ZError, 503: ZError } },
  }, async (request, reply) => {
    if (!Buffer.isBuffer(request.body)) throw new DomainError('INVALID_INPUT', 'Send the file as the raw request body.', 'Hãy gửi tệp ở thân yêu cầu.', { field: 'file' });
    const document = await attachDocument(ctx, { actor: requireActor(request), dossierId: request.params.id, kind: request.query.kind, componentCode: request.query.componentCode ?? null, fileName: request.query.fileName, content: request.body });
    return reply.status(201).send(document);
  });

  app.get('/api/v1/dossiers/:id/documents', { ...officers, schema: { tags: ['dossiers'], summary: 'Files of a dossier', params: z.object({ id: ZUuid }), response: { 200: z.object({ documents: z.array(ZDocument) }) } } }, async (request) => {
    const { dossier } = await getDossier(ctx, { actor: requireActor(request), idOrCode: request.params.id });
    return { documents: await dossierDocumentRepository(ctx.db.orm).list(dossier.id) };
  });

  app.get('/api/v1/dossiers/:id/documents/:documentId', { ...officers, schema: { tags: ['dossiers'], summary: 'Download a file', params: z.object({ id: ZUuid, documentId: ZUuid }) } }, async (request, reply) => {
    const { dossier } = await getDossier(ctx, { actor: requireActor(request), idOrCode: request.params.id });
    const document = await dossierDocumentRepository(ctx.db.orm).get(request.params.documentId);
    const stream = document && document.dossierId === dossier.id ? await ctx.files.open(document.sha256) : null;
    if (!document || !stream) throw new DomainError('NOT_FOUND', 'No such file.', 'Không tìm thấy tệp.', { field: 'documentId' });
    return reply.type(document.contentType).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`).send(stream);
  });
};
