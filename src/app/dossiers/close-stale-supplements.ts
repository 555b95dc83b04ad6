import { SYSTEM_ACTOR } from '../../domain/auth/actor.js';
import { decideDossierAction } from '../../domain/dossiers/decide-dossier-action.js';
import { localToInstant, instantToLocal } from '../../domain/shared/local-date.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { dossierRepository } from '../../store/repositories/dossier.repository.js';
import type { AppContext } from '../app-context.js';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.js';
import { prepareDecision } from './dossier-context.js';
import { getDossierSettings } from './dossier-settings.js';
import { refreshDossierStatistics } from '../statistics/refresh-dossier-statistics.js';

/**
 * Closes (status 8) every dossier whose supplement was asked more than the configured number of working days ago
 * (default 15; domain.md §1.4 C, requirement 8), one transaction each.
 */
export async function closeStaleSupplements(ctx: AppContext, o: { waitWorkingDays?: number } = {}): Promise<string[]> {
  const now = ctx.now().getTime();
  const waitWorkingDays = o.waitWorkingDays ?? (await getDossierSettings(ctx.db.orm)).supplementWaitWorkingDays;
  const { calendar } = await loadWorkingCalendar(ctx);
  const today = instantToLocal(now).epochDay;
  const cutoff = localToInstant(calendar.addWorkingEpochDays(today, -waitWorkingDays), 0);
  const system = { kind: 'system' as const, userId: null, name: SYSTEM_ACTOR.username, roles: SYSTEM_ACTOR.roles, mayActFor: () => true };
  const setup = await prepareDecision(ctx, system);
  const closed: string[] = [];
  for (const id of await dossierRepository(ctx.db.orm).findWaitingSupplementSince(cutoff)) {
    await ctx.db.transaction(async (tx) => {
      const dossier = await dossierRepository(tx).getForUpdate(id);
      if (!dossier || dossier.status !== 'waiting_supplement') return;
      const procedure = (await setup.procedureVersion(tx, dossier.procedureVersionId))!;
      const reason = `Quá ${waitWorkingDays} ngày làm việc không bổ sung hồ sơ`;
      const { next, event } = decideDossierAction(dossier, { type: 'auto_closed', reason }, setup.contextFor({ procedure, competentUnitId: dossier.competentUnitId, now }));
      await dossierRepository(tx).save(next, dossier.version, [event]);
      await refreshDossierStatistics(tx, id, event.at);
      await auditRepository(tx).record(SYSTEM_ACTOR, 'dossier.auto_closed', { type: 'dossier', id }, { status: dossier.status }, { status: next.status });
      closed.push(dossier.code);
    });
  }
  return closed;
}
