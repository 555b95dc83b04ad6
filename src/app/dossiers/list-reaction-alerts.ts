import type { Actor } from '../../domain/auth/actor.js';
import { accessScope, requireInScope } from '../../domain/auth/access-scope.js';
import { dossierEscalations, receivesEscalations, type Escalation } from '../../domain/dossiers/escalations.js';
import { reactionAlerts, type ReactionAlert, type ReactionSlaOverride } from '../../domain/dossiers/reaction-slas.js';
import type { Dossier, DossierEvent } from '../../domain/dossiers/dossier-types.js';
import { invalidInput } from '../../domain/errors.js';
import { nameOn, subtreeOn } from '../../domain/org/org-queries.js';
import type { OrgHistory } from '../../domain/org/org-types.js';
import { localDateOf } from '../../domain/shared/local-date.js';
import { dossierEventBatchRepository } from '../../store/repositories/dossier-event-batch.repository.js';
import { dossierRepository } from '../../store/repositories/dossier.repository.js';
import { procedureRepository } from '../../store/repositories/procedure.repository.js';
import type { AppContext } from '../app-context.js';
import { loadWorkingCalendar, workingHoursFor, type LoadedCalendar } from '../calendar/load-working-calendar.js';
import { loadOrgHistory } from '../org/load-org-history.js';
import { getDossierSettings } from './dossier-settings.js';

/** At most this many dossiers waiting at reception are examined per request (the answer says when there were more). */
export const MAX_ALERT_DOSSIERS = 2_000;

/**
 * Which alerts to list: open breaches, duties due soon and escalations (default), or one of them, or every pending duty.
 * Escalations are listed for the head of the One-Stop Unit only (escalations.ts): leaders, and the overseers.
 */
export type AlertFilter = 'open' | 'breached' | 'due_soon' | 'pending' | 'escalated';

/** An escalation with the names of the units involved (as of today). */
export type NamedEscalation = Escalation & { lateUnitName: string; escalatedToUnitName: string };

/** A row of the alerts list: a reaction-time alert or an escalation, with its dossier. */
export type DossierAlertRow = { dossier: Dossier; procedureName: string } & ({ alert: ReactionAlert; escalation?: undefined } | { alert?: undefined; escalation: NamedEscalation });

/**
 * The reaction alerts of one dossier with the office hours of its receiving desk and of its competent agency (each unit's
 * own, else its nearest ancestor's) and the province's overrides. Pure once the calendar and history are loaded.
 */
export function reactionAlertsFor(o: { calendar: LoadedCalendar; history: OrgHistory; dossier: Dossier; events: readonly DossierEvent[]; overrides: readonly ReactionSlaOverride[]; now: number }): ReactionAlert[] {
  const today = localDateOf(new Date(o.now));
  const hoursOf = (unitId: string) => (o.history.units.has(unitId) ? workingHoursFor(o.calendar, o.history, unitId, today).hours : workingHoursFor(o.calendar, o.history, undefined, today).hours);
  return reactionAlerts({
    dossier: o.dossier, events: o.events, now: o.now, overrides: o.overrides,
    clock: { calendar: o.calendar.calendar, hours: hoursOf(o.dossier.competentUnitId) },
    receivingClock: { calendar: o.calendar.calendar, hours: hoursOf(o.dossier.receivingUnitId) },
  });
}

/** The escalations of one dossier, late in working time by the one calendar and its competent agency's office hours. */
export function escalationsFor(o: { calendar: LoadedCalendar; history: OrgHistory; dossier: Dossier; events: readonly DossierEvent[]; now: number }): Escalation[] {
  const today = localDateOf(new Date(o.now));
  const unit = o.history.units.has(o.dossier.competentUnitId) ? o.dossier.competentUnitId : undefined;
  return dossierEscalations({ dossier: o.dossier, events: o.events, now: o.now, clock: { calendar: o.calendar.calendar, hours: workingHoursFor(o.calendar, o.history, unit, today).hours } });
}

/**
 * Open reaction alerts of the officer's units (or of one unit's subtree inside them): online dossiers not yet checked,
 * paper dossiers still without their supplement slip, counter dossiers not yet forwarded (domain.md requirement 8),
 * breaches first by due instant. Appraisal-return windows are shown on the dossier page only: they are not duties.
 * For the head of the One-Stop Unit, also the escalations (requirement 11): consultations unanswered and agency steps
 * still open past their deadlines, of dossiers received by the units of their scope (or of the unit's subtree).
 */
export async function listReactionAlerts(ctx: AppContext, o: { actor: Actor; unitId?: string; filter: AlertFilter }): Promise<{ rows: DossierAlertRow[]; truncated: boolean }> {
  const history = await loadOrgHistory(ctx);
  const calendar = await loadWorkingCalendar(ctx);
  const now = ctx.now().getTime();
  const today = localDateOf(ctx.now());
  const scope = accessScope(o.actor, history, today);
  let unitIds: string[] | null = scope === 'all' ? null : [...scope];
  if (o.unitId) {
    if (!history.units.has(o.unitId)) throw invalidInput('unit', 'Unknown unit.', 'Không tìm thấy đơn vị.');
    requireInScope(scope, [o.unitId]);
    unitIds = [...subtreeOn(history, o.unitId, today)];
  }
  const repository = dossierRepository(ctx.db.orm);
  const found: Array<Omit<DossierAlertRow, 'procedureName'>> = [];
  let truncated = false;
  if (o.filter !== 'escalated') {
    const { dossiers, total } = await repository.queue({ unitIds, statuses: ['submitted', 'received'], limit: MAX_ALERT_DOSSIERS, offset: 0 });
    const events = await dossierEventBatchRepository(ctx.db.orm).listEventsOf(dossiers.map((d) => d.id));
    const { reactionSlas } = await getDossierSettings(ctx.db.orm);
    const wanted = (a: ReactionAlert) => a.kind === 'duty' && a.open && (o.filter === 'pending' ? a.state === 'pending'
      : o.filter === 'breached' ? a.state === 'breached' : o.filter === 'due_soon' ? a.dueSoon : a.state === 'breached' || a.dueSoon);
    for (const dossier of dossiers) {
      for (const alert of reactionAlertsFor({ calendar, history, dossier, events: events.get(dossier.id) ?? [], overrides: reactionSlas, now }).filter(wanted)) found.push({ dossier, alert });
    }
    truncated = total > dossiers.length;
  }
  if (['open', 'breached', 'escalated'].includes(o.filter) && receivesEscalations(o.actor.roles)) {
    const { dossiers, total } = await repository.findEscalationCandidates({ receivingUnitIds: unitIds, now, limit: MAX_ALERT_DOSSIERS });
    const events = await dossierEventBatchRepository(ctx.db.orm).listEventsOf(dossiers.map((d) => d.id));
    const unitName = (id: string) => { const unit = history.units.get(id); return unit ? nameOn(unit, today).name : id; };
    for (const dossier of dossiers) {
      for (const x of escalationsFor({ calendar, history, dossier, events: events.get(dossier.id) ?? [], now })) {
        found.push({ dossier, escalation: { ...x, lateUnitName: unitName(x.lateUnitId), escalatedToUnitName: unitName(x.escalatedToUnitId) } });
      }
    }
    truncated ||= total > dossiers.length;
  }
  const names = await procedureRepository(ctx.db.orm).namesOf([...new Set(found.map((x) => x.dossier.procedureVersionId))]);
  const dueOf = (x: Omit<DossierAlertRow, 'procedureName'>) => (x.alert ?? x.escalation)!.dueAt;
  const rows = found.map((x) => ({ ...x, procedureName: names.get(x.dossier.procedureVersionId) ?? x.dossier.procedureCode }) as DossierAlertRow)
    .sort((a, b) => dueOf(a) - dueOf(b) || a.dossier.code.localeCompare(b.dossier.code));
  return { rows, truncated };
}
