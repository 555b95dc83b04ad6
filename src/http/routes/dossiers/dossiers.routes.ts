import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app/app-context.js';
import { actOnDossier } from '../../../app/dossiers/act-on-dossier.js';
import { getDossier } from '../../../app/dossiers/get-dossier.js';
import { listDossierQueue } from '../../../app/dossiers/list-dossier-queue.js';
import { lookupDossier, rateDossier } from '../../../app/dossiers/public-dossier-lookup.js';
import { receiveDossier } from '../../../app/dossiers/receive-dossier.js';
import { getDossierSettings, updateDossierSettings } from '../../../app/dossiers/dossier-settings.js';
import type { DossierActionType } from '../../../domain/dossiers/dossier-actions.js';
import { dossierRepository } from '../../../store/repositories/dossier.repository.js';
import { requireActor, requireRoles } from '../../plugins/authentication.js';
import { presentDossierDetails, presentDossierSummary, presentPublicDossier, ZDossierDetails, ZDossierSummary, ZPublicDossier } from '../../presenters/dossier.presenter.js';
import { ZError } from '../../schemas.js';
import * as s from './dossiers.schema.js';

export type DossierRouteOptions = { lookupRateLimit: { max: number; timeWindow: number } };

/** Dossiers: intake, the officer's queue and page, actions; and the citizen's look-up and rating (public, rate-limited). */
export const dossierRoutes = (ctx: AppContext, o: DossierRouteOptions): FastifyPluginAsyncZod => async (app) => {
  const officers = { preHandler: requireRoles('desk_officer', 'unit_officer', 'leader', 'par_agency', 'system_admin') };
  const details = async (actor: ReturnType<typeof requireActor>, idOrCode: string) => presentDossierDetails(await getDossier(ctx, { actor, idOrCode }), ctx.now().getTime());

  app.post('/api/v1/dossiers', {
    preHandler: requireRoles('desk_officer', 'citizen'),
    schema: { tags: ['dossiers'], summary: 'Receive a dossier (counter, post) or submit one online (citizen)', body: s.ZReceiveBody, response: { 201: ZDossierDetails, 400: ZError, 403: ZError, 404: ZError } },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const b = request.body;
    const citizen = actor.roles.includes('citizen') && !actor.roles.includes('desk_officer');
    const dossier = await receiveDossier(ctx, {
      actor, procedureCode: b.procedureCode, channel: citizen ? 'online' : b.channel, receivingUnitId: b.receivingUnitId, receptionUnitId: b.receptionUnitId,
      competentUnitId: b.competentUnitId, applicant: { ...b.applicant, phone: b.applicant.phone ?? null, email: b.applicant.email ?? null, address: b.applicant.address ?? null },
      components: b.components, decision: citizen ? 'submit' : b.decision, reason: b.reason,
    });
    return reply.status(201).send(citizen ? await details({ ...actor, roles: ['system_admin'] }, dossier.id) : await details(actor, dossier.id));
  });

  app.get('/api/v1/dossiers', { ...officers, schema: { tags: ['dossiers'], summary: 'My work queue, soonest appointment first', querystring: s.ZQueueQuery, response: { 200: z.object({ dossiers: z.array(ZDossierSummary), total: z.number() }) } } },
    async (request) => {
      const { dossiers, total, procedureNames } = await listDossierQueue(ctx, { actor: requireActor(request), ...request.query, mine: request.query.mine === 'true' });
      return { dossiers: dossiers.map((d) => presentDossierSummary(d, ctx.now().getTime(), procedureNames.get(d.procedureVersionId) ?? d.procedureCode)), total };
    });

  app.get('/api/v1/dossiers/:id', { ...officers, schema: { tags: ['dossiers'], summary: 'A dossier (by id or code) with its timeline and the actions you may take', params: z.object({ id: z.string().min(1).max(80) }), response: { 200: ZDossierDetails, 404: ZError } } },
    async (request) => details(requireActor(request), request.params.id));

  app.post('/api/v1/dossiers/:id/actions', {
    ...officers, schema: { tags: ['dossiers'], summary: 'Act on a dossier (forwarded, assigned, supplement_requested, extension_requested, resolved, delivered, …) at the version you saw', params: z.object({ id: z.uuid() }), body: s.ZActionBody, response: { 200: ZDossierDetails, 400: ZError, 403: ZError, 404: ZError, 409: ZError, 422: ZError } },
  }, async (request) => {
    const actor = requireActor(request);
    await actOnDossier(ctx, { actor, dossierId: request.params.id, expectedVersion: request.body.version, command: { type: request.body.type as DossierActionType, reason: request.body.reason, payload: request.body.payload } });
    return details(actor, request.params.id);
  });

  const ZSettings = z.object({ supplementWaitWorkingDays: z.number().int(), reactionSlas: z.array(s.ZReactionSlaOverride).max(50) });
  app.get('/api/v1/dossiers/settings', { ...officers, schema: { tags: ['dossiers'], summary: 'Province-wide dossier settings', response: { 200: ZSettings } } },
    async () => getDossierSettings(ctx.db.orm));
  app.put('/api/v1/dossiers/settings', {
    preHandler: requireRoles('system_admin', 'par_agency'),
    schema: { tags: ['dossiers'], summary: 'Change the dossier settings (working days a supplement may be awaited before the dossier is closed; reaction SLAs by effective date — omitted, they stay as stored)', body: ZSettings.extend({ reactionSlas: ZSettings.shape.reactionSlas.optional() }), response: { 200: ZSettings, 400: ZError, 403: ZError } },
  }, async (request) => updateDossierSettings(ctx, { actor: requireActor(request), settings: request.body }));

  const lookupLimit = { rateLimit: { max: o.lookupRateLimit.max, timeWindow: o.lookupRateLimit.timeWindow } };
  app.get('/api/v1/public/dossiers/:code', {
    config: lookupLimit,
    schema: { tags: ['public'], summary: 'Look a dossier up by code + the last 4 digits of the applicant\'s phone or ID (no login)', params: z.object({ code: z.string().min(5).max(80) }), querystring: s.ZLookupQuery, response: { 200: ZPublicDossier, 404: ZError, 429: ZError } },
  }, async (request) => {
    const { dossier, procedureName, events } = await lookupDossier(ctx, { code: request.params.code, last4: request.query.last4 });
    return presentPublicDossier(dossier, procedureName, events, !!(await dossierRepository(ctx.db.orm).getRating(dossier.id)));
  });

  app.post('/api/v1/public/dossiers/:code/rating', {
    config: lookupLimit,
    schema: { tags: ['public'], summary: 'Rate a dossier once its result is ready (Decree 61/2018 Art. 31 criteria)', params: z.object({ code: z.string().min(5).max(80) }), body: s.ZRatingBody, response: { 204: z.null(), 404: ZError, 409: ZError, 422: ZError } },
  }, async (request, reply) => {
    await rateDossier(ctx, { code: request.params.code, last4: request.body.last4, overall: request.body.overall, criteria: request.body.criteria as Record<string, 'satisfied'>, comment: request.body.comment ?? null });
    return reply.status(204).send(null);
  });
};
