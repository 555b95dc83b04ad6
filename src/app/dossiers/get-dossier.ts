import type { Actor } from '../../domain/auth/actor.js';
import { allowedActions, completableTasks } from '../../domain/dossiers/decide-dossier-action.js';
import type { DossierActionType } from '../../domain/dossiers/dossier-actions.js';
import type { Dossier } from '../../domain/dossiers/dossier-types.js';
import { DomainError } from '../../domain/errors.js';
import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import { dossierRepository, type StoredEvent } from '../../store/repositories/dossier.repository.js';
import { procedureRepository } from '../../store/repositories/procedure.repository.js';
import type { AppContext } from '../app-context.js';
import { prepareDecision } from './dossier-context.js';
import { stepTimings, type StepTiming } from '../../domain/dossiers/step-timings.js';
import type { ReactionAlert } from '../../domain/dossiers/reaction-slas.js';
import { getDossierSettings } from './dossier-settings.js';
import { reactionAlertsFor } from './list-reaction-alerts.js';

export type DossierDetails = {
  dossier: Dossier;
  procedure: ProcedureVersion;
  events: StoredEvent[];
  components: Array<{ code: string; name: string; required: boolean; status: string }>;
  allowedActions: DossierActionType[];
  rating: Awaited<ReturnType<ReturnType<typeof dossierRepository>['getRating']>> | null;
  /** Time used by each step against its share of the limit (Circular 01/2018/TT-VPCP Art. 13, indicator 2). */
  steps: StepTiming[];
  /** Agency tasks (inter-agency procedures) this actor may complete now: open, and of a unit in the actor's scope. */
  completableTaskIds: string[];
  /** Reaction-time SLAs: checking, supplement slip, forwarding, appraisal return (domain.md requirement 8). */
  reactionAlerts: ReactionAlert[];
};

/** A dossier with its procedure version, event log, checklist and the actions the actor may take (officers in scope). */
export async function getDossier(ctx: AppContext, o: { actor: Actor; idOrCode: string }): Promise<DossierDetails> {
  const repository = dossierRepository(ctx.db.orm);
  const dossier = /^[0-9a-f-]{36}$/i.test(o.idOrCode) ? await repository.findById(o.idOrCode) : await repository.findByCode(o.idOrCode);
  const setup = await prepareDecision(ctx, o.actor);
  const { actor } = setup;
  if (!dossier || !(actor.mayActFor(dossier.receivingUnitId) || actor.mayActFor(dossier.competentUnitId) || actor.mayActFor(dossier.receptionUnitId)
    || dossier.tasks.some((t) => actor.mayActFor(t.unitId)))) {
    throw new DomainError('NOT_FOUND', 'No such dossier in your units.', 'Không tìm thấy hồ sơ trong phạm vi đơn vị của bạn.', { field: 'id' });
  }
  const procedure = (await procedureRepository(ctx.db.orm).findVersionById(dossier.procedureVersionId))!;
  const events = await repository.listEvents(dossier.id);
  const { clock, now } = setup.contextFor({ procedure, competentUnitId: dossier.competentUnitId });
  return {
    dossier, procedure, events, components: await repository.listComponents(dossier.id),
    allowedActions: allowedActions(dossier, actor), rating: (await repository.getRating(dossier.id)) ?? null,
    steps: stepTimings(events, procedure, clock, now),
    completableTaskIds: completableTasks(dossier, actor).map((t) => t.id),
    reactionAlerts: reactionAlertsFor({ calendar: setup.calendar, history: setup.history, dossier, events, overrides: (await getDossierSettings(ctx.db.orm)).reactionSlas, now }),
  };
}
