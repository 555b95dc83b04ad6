import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app/app-context.js';
import { createUnit, dissolveUnit, mergeUnits, moveUnit, renameUnit, splitUnit } from '../../../app/org/change-org.js';
import type { OrgPlanResult } from '../../../app/org/apply-org-plan.js';
import { getUnit } from '../../../app/org/get-unit.js';
import { getUnitRollup } from '../../../app/org/get-unit-rollup.js';
import { listUnits } from '../../../app/org/list-units.js';
import type { NewUnitSpec } from '../../../domain/org/plan-unit-changes.js';
import { localDateOf } from '../../../domain/shared/local-date.js';
import { requireActor, requireRoles } from '../../plugins/authentication.js';
import { presentRollup, presentUnit, presentUnitDetails, ZRollup, ZUnit, ZUnitDetails } from '../../presenters/org.presenter.js';
import { ZError } from '../../schemas.js';
import * as s from './org.schema.js';

const spec = (u: z.infer<typeof s.ZNewUnit>): NewUnitSpec => ({ code: u.code, name: u.name, nameEn: u.nameEn ?? null, level: u.level, kind: u.kind ?? null, parentId: u.parentId ?? null });
const newOrExisting = (x: { existingId: string } | { spec: z.infer<typeof s.ZNewUnit> }) => ('existingId' in x ? x : { spec: spec(x.spec) });
const result = (r: OrgPlanResult) => ({ eventId: r.eventId, unitIds: r.changes.flatMap((c) => (c.op === 'insertUnit' ? [c.unit.id] : [])) });
const legal = (b: { legalDoc?: z.infer<typeof s.ZLegalDoc> | null; note?: string | null }) =>
  ({ legalDoc: b.legalDoc ? { number: b.legalDoc.number, issuedOn: b.legalDoc.issuedOn ?? null, title: b.legalDoc.title ?? null, url: b.legalDoc.url ?? null } : null, note: b.note ?? null });

/** The organisation tree: public reads as of any date, and recorded changes (admin, PAR standing agency). */
export const orgRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const today = () => localDateOf(ctx.now());
  const writers = { preHandler: requireRoles('system_admin', 'par_agency') };
  const writeSchema = <B extends z.ZodType>(summary: string, body: B) => ({ tags: ['org'], summary, body, response: { 201: s.ZChangeResult, 400: ZError, 403: ZError, 404: ZError, 409: ZError } });

  app.get('/api/v1/org/units', {
    schema: { tags: ['org'], summary: 'Units valid on a date (public)', querystring: s.ZListUnitsQuery, response: { 200: z.object({ asOf: z.string(), units: z.array(ZUnit) }) } },
  }, async (request) => {
    const asOf = request.query.asOf ?? today();
    const { history, units } = await listUnits(ctx, { ...request.query, asOf });
    return { asOf, units: units.map((u) => presentUnit(history, u.unit, asOf)) };
  });

  app.get('/api/v1/org/units/:id', {
    schema: { tags: ['org'], summary: 'A unit (by id, or by code as of asOf) with its history (public)', params: s.ZUnitIdParams, querystring: s.ZAsOfQuery, response: { 200: ZUnitDetails, 404: ZError } },
  }, async (request) => {
    const asOf = request.query.asOf ?? today();
    return presentUnitDetails(await getUnit(ctx, { idOrCode: request.params.id, asOf }), asOf);
  });

  app.get('/api/v1/org/units/:id/rollup', {
    schema: { tags: ['org'], summary: 'Every unit whose records add up into this one (itself, sub-units, merged predecessors)', params: s.ZUnitIdParams, querystring: s.ZAsOfQuery, response: { 200: ZRollup, 404: ZError } },
  }, async (request) => {
    const asOf = request.query.asOf ?? today();
    const r = await getUnitRollup(ctx, { idOrCode: request.params.id, asOf });
    return presentRollup(r.history, r.unitId, r, asOf);
  });

  app.post('/api/v1/org/units', { ...writers, schema: writeSchema('Create a unit', s.ZCreateUnitBody) }, async (request, reply) =>
    reply.status(201).send(result(await createUnit(ctx, { actor: requireActor(request), spec: spec(request.body), validFrom: request.body.validFrom, ...legal(request.body) }))));

  app.post('/api/v1/org/units/:id/rename', { ...writers, schema: { ...writeSchema('Rename a unit from a date', s.ZRenameBody), params: s.ZUnitIdParams } }, async (request, reply) =>
    reply.status(201).send(result(await renameUnit(ctx, { actor: requireActor(request), unitId: request.params.id, name: request.body.name, nameEn: request.body.nameEn ?? null, date: request.body.date, ...legal(request.body) }))));

  app.post('/api/v1/org/units/:id/move', { ...writers, schema: { ...writeSchema('Move a unit under another parent from a date', s.ZMoveBody), params: s.ZUnitIdParams } }, async (request, reply) =>
    reply.status(201).send(result(await moveUnit(ctx, { actor: requireActor(request), unitId: request.params.id, parentId: request.body.parentId, date: request.body.date, ...legal(request.body) }))));

  app.post('/api/v1/org/units/:id/dissolve', { ...writers, schema: { ...writeSchema('Dissolve a unit from a date', s.ZDissolveBody), params: s.ZUnitIdParams } }, async (request, reply) =>
    reply.status(201).send(result(await dissolveUnit(ctx, { actor: requireActor(request), unitId: request.params.id, date: request.body.date, ...legal(request.body) }))));

  app.post('/api/v1/org/mergers', { ...writers, schema: writeSchema('Merge units into one (new or existing) from a date', s.ZMergeBody) }, async (request, reply) =>
    reply.status(201).send(result(await mergeUnits(ctx, { actor: requireActor(request), predecessorIds: request.body.predecessorIds, successor: newOrExisting(request.body.successor), date: request.body.date, ...legal(request.body) }))));

  app.post('/api/v1/org/splits', { ...writers, schema: writeSchema('Split a unit into several from a date', s.ZSplitBody) }, async (request, reply) =>
    reply.status(201).send(result(await splitUnit(ctx, { actor: requireActor(request), predecessorId: request.body.predecessorId, successors: request.body.successors.map(newOrExisting), date: request.body.date, ...legal(request.body) }))));
};
