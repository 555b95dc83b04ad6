import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app/app-context.js';
import { actOnDossier } from '../../../app/dossiers/act-on-dossier.js';
import { dossierRepository } from '../../../store/repositories/dossier.repository.js';
import { procedureRepository } from '../../../store/repositories/procedure.repository.js';
import { requireActor, requireRoles } from '../../plugins/authentication.js';
import { presentPublicDossier, ZPublicDossier } from '../../presenters/dossier.presenter.js';
import { ZError } from '../../schemas.js';

const ZMyDossier = ZPublicDossier.extend({ id: z.string(), version: z.number() });

/** A signed-in citizen's own online dossiers: list, and the two actions the applicant takes (complete a supplement, withdraw). */
export const myDossierRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const citizens = { preHandler: requireRoles('citizen') };
  const present = async (id: string) => {
    const repository = dossierRepository(ctx.db.orm);
    const d = (await repository.findById(id))!;
    const procedure = await procedureRepository(ctx.db.orm).findVersionById(d.procedureVersionId);
    return { ...presentPublicDossier(d, procedure?.name ?? d.procedureCode, await repository.listEvents(d.id), !!(await repository.getRating(d.id))), id: d.id, version: d.version };
  };

  app.get('/api/v1/my/dossiers', { ...citizens, schema: { tags: ['public'], summary: 'The dossiers I submitted online', response: { 200: z.object({ dossiers: z.array(ZMyDossier) }) } } }, async (request) => {
    const mine = await dossierRepository(ctx.db.orm).submittedBy(requireActor(request).userId!, 200);
    return { dossiers: await Promise.all(mine.map((d) => present(d.id))) };
  });

  app.post('/api/v1/my/dossiers/:id/actions', {
    ...citizens, schema: { tags: ['public'], summary: 'Complete the requested supplement, or withdraw my dossier (at the version I saw)', params: z.object({ id: z.uuid() }),
      body: z.object({ type: z.enum(['supplement_completed', 'withdrawn']), version: z.number().int().min(0), reason: z.string().max(2000).nullable().optional() }), response: { 200: ZMyDossier, 404: ZError, 409: ZError, 422: ZError } },
  }, async (request) => {
    await actOnDossier(ctx, { actor: requireActor(request), dossierId: request.params.id, expectedVersion: request.body.version, command: { type: request.body.type, reason: request.body.reason } });
    return present(request.params.id);
  });
};
