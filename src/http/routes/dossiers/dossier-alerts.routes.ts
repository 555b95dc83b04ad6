import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app/app-context.js';
import { listReactionAlerts } from '../../../app/dossiers/list-reaction-alerts.js';
import { requireActor, requireRoles } from '../../plugins/authentication.js';
import { presentDossierAlertRow, ZDossierAlertRow } from '../../presenters/reaction-alert.presenter.js';
import { ZError } from '../../schemas.js';
import { ZAlertsQuery } from './dossiers.schema.js';

/** Reaction-time alerts of the officer's units (domain.md requirement 8) and escalations to the head of the One-Stop Unit (requirement 11). */
export const dossierAlertRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  app.get('/api/v1/dossiers/alerts', {
    preHandler: requireRoles('desk_officer', 'unit_officer', 'leader', 'par_agency', 'system_admin'),
    schema: {
      tags: ['dossiers'], summary: 'Open reaction-time alerts (unchecked online dossiers, missing supplement slips, unforwarded counter dossiers) of your units, or of one unit\'s subtree; for leaders, escalations of overdue consultations and agency steps of the dossiers their units received',
      querystring: ZAlertsQuery, response: { 200: z.object({ alerts: z.array(ZDossierAlertRow), truncated: z.boolean() }), 400: ZError, 403: ZError },
    },
  }, async (request) => {
    const { rows, truncated } = await listReactionAlerts(ctx, { actor: requireActor(request), unitId: request.query.unit, filter: request.query.state });
    return { alerts: rows.map(presentDossierAlertRow), truncated };
  });
};
