import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app/app-context.js';
import { computeIndex766 } from '../../../app/index766/compute-index766.js';
import { INDEX_ROLES } from '../../../app/index766/index766-scope.js';
import { index766History } from '../../../app/index766/index766-history.js';
import { listIndex766Cell } from '../../../app/index766/list-index766-cell.js';
import { SUB_INDEX_CODES } from '../../../domain/index766/index766-definition.js';
import { requireActor, requireRoles } from '../../plugins/authentication.js';
import { presentIndex766, presentIndex766Cell, presentIndex766History, ZIndex766, ZIndex766Cell, ZIndex766History } from '../../presenters/index766.presenter.js';
import { ZError, ZLocalDate, ZPage, ZPageSize } from '../../schemas.js';

const ZIndexQuery = z.object({
  unit: z.string().trim().min(1).max(80),
  from: ZLocalDate,
  to: ZLocalDate,
});
const ZCellQuery = ZIndexQuery.extend({ subIndex: z.enum(SUB_INDEX_CODES), page: ZPage, pageSize: ZPageSize });
const errors = { 400: ZError, 401: ZError, 403: ZError };

/** The Decision 766/QĐ-TTg index (real time, any period): scores and ranks of a unit's departments and communes, and the drill-down of each cell. */
export const index766Routes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const readers = { preHandler: requireRoles(...INDEX_ROLES) };

  app.get('/api/v1/indexes/766', {
    ...readers,
    schema: {
      tags: ['indexes'],
      summary: 'Decision 766 index of a unit (code valid on `to`) and its direct departments and communes for from–to (inclusive, ≤ 5 years): sub-indices, groups, total, rank and rank change',
      querystring: ZIndexQuery,
      response: { 200: ZIndex766, ...errors },
    },
  }, async (request) => {
    const q = request.query;
    return presentIndex766(await computeIndex766(ctx, { actor: requireActor(request), unit: q.unit, from: q.from, to: q.to }));
  });

  app.get('/api/v1/indexes/766/cell', {
    ...readers,
    schema: {
      tags: ['indexes'],
      summary: 'The dossiers (or procedures) behind one sub-index of one unit and period: those that lower it first, each with the reason',
      querystring: ZCellQuery,
      response: { 200: ZIndex766Cell, ...errors },
    },
  }, async (request) => {
    const q = request.query;
    return presentIndex766Cell(await listIndex766Cell(ctx, { actor: requireActor(request), unit: q.unit, from: q.from, to: q.to, subIndex: q.subIndex, page: q.page, pageSize: q.pageSize }));
  });

  app.get('/api/v1/indexes/766/history', {
    ...readers,
    schema: {
      tags: ['indexes'],
      summary: 'Weekly, monthly or yearly history of the Decision 766 index of a unit and its departments and communes: total and rank per period (at most 60 periods)',
      querystring: ZIndexQuery.extend({ granularity: z.enum(['week', 'month', 'year']) }),
      response: { 200: ZIndex766History, ...errors },
    },
  }, async (request) => {
    const q = request.query;
    return presentIndex766History(await index766History(ctx, { actor: requireActor(request), unit: q.unit, granularity: q.granularity, from: q.from, to: q.to }));
  });
};
