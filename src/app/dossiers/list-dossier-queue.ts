import type { Actor } from '../../domain/auth/actor.js';
import { accessScope } from '../../domain/auth/access-scope.js';
import type { Dossier } from '../../domain/dossiers/dossier-types.js';
import { instantToLocal, localDateOf, localToInstant } from '../../domain/shared/local-date.js';
import { dossierRepository } from '../../store/repositories/dossier.repository.js';
import { procedureRepository } from '../../store/repositories/procedure.repository.js';
import type { AppContext } from '../app-context.js';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.js';
import { loadOrgHistory } from '../org/load-org-history.js';

/** The officer's work-queue tabs (Decree 118/2025/ND-CP Art. 8(4): chase dossiers that are due or overdue). */
export type QueueTab = 'open' | 'due_soon' | 'overdue' | 'waiting_supplement' | 'to_deliver' | 'pending_apology' | 'all';

const OPEN = ['submitted', 'received', 'processing', 'waiting_supplement', 'waiting_payment'];

/**
 * Dossiers of the officer's units (receiving, competent, or holding an open agency task) for one tab, soonest appointment
 * first. The due-soon and overdue tabs also list a dossier whose open agency task of the officer's units is due soon or
 * overdue by the task's own appointment (Decree 61/2018/ND-CP Art. 19(6)), even while the dossier itself is not.
 */
export async function listDossierQueue(ctx: AppContext, o: { actor: Actor; tab: QueueTab; q?: string; mine?: boolean; page: number; pageSize: number }): Promise<{ dossiers: Dossier[]; total: number; procedureNames: Map<string, string> }> {
  const scope = accessScope(o.actor, await loadOrgHistory(ctx), localDateOf(ctx.now()));
  const now = ctx.now().getTime();
  const { calendar } = await loadWorkingCalendar(ctx);
  // "Due soon": the appointment falls before the end of the next working day (24:00 of that day).
  const dueSoon = localToInstant(calendar.addWorkingEpochDays(instantToLocal(now).epochDay, 1), 1440);
  const filters: Record<QueueTab, { statuses?: string[]; dueBefore?: number; pendingApology?: boolean }> = {
    open: { statuses: OPEN }, due_soon: { statuses: ['received', 'processing'], dueBefore: dueSoon },
    overdue: { statuses: ['received', 'processing', 'waiting_payment'], dueBefore: now }, waiting_supplement: { statuses: ['waiting_supplement'] },
    to_deliver: { statuses: ['resolved'] }, pending_apology: { statuses: ['processing', 'waiting_supplement', 'waiting_payment'], pendingApology: true }, all: {},
  };
  const result = await dossierRepository(ctx.db.orm).queue({
    unitIds: scope === 'all' ? null : [...scope], anyTask: o.tab === 'all', ...filters[o.tab], q: o.q, assigneeId: o.mine ? o.actor.userId ?? undefined : undefined,
    limit: o.pageSize, offset: (o.page - 1) * o.pageSize,
  });
  const procedureNames = await procedureRepository(ctx.db.orm).namesOf(result.dossiers.map((d) => d.procedureVersionId));
  return { ...result, procedureNames };
}
