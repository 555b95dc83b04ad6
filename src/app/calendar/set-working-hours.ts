import type { Actor } from '../../domain/auth/actor.js';
import { accessScope, requireInScope, requireRole } from '../../domain/auth/access-scope.js';
import { workingHours } from '../../domain/calendar/working-hours.js';
import { DomainError } from '../../domain/errors.js';
import { localDateOf } from '../../domain/shared/local-date.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { calendarRepository } from '../../store/repositories/calendar.repository.js';
import { settingsRepository } from '../../store/repositories/settings.repository.js';
import type { AppContext } from '../app-context.js';
import { loadOrgHistory } from '../org/load-org-history.js';
import { CALENDAR_VERSION_KEY } from './load-working-calendar.js';

export type HoursInput = { morningStart: string; morningEnd: string; afternoonStart: string; afternoonEnd: string; sameDayCutoff: string; receiptCutoff: string };

/**
 * Sets (or, with `hours: null`, removes) the office hours of an agency and the units below it that have none of their
 * own; province-set clock times within the 8-hour day (Decision 188/1999/QĐ-TTg; domain.md §7.1).
 */
export async function setWorkingHours(ctx: AppContext, o: { actor: Actor; unitId: string; hours: HoursInput | null }): Promise<void> {
  requireRole(o.actor, ['system_admin', 'par_agency']);
  const history = await loadOrgHistory(ctx);
  if (!history.units.has(o.unitId)) throw new DomainError('NOT_FOUND', 'Unknown unit.', 'Không tìm thấy đơn vị.', { field: 'unitId' });
  requireInScope(accessScope(o.actor, history, localDateOf(ctx.now())), [o.unitId]);
  const h = o.hours;
  if (h) workingHours({ morning: `${h.morningStart}-${h.morningEnd}`, afternoon: `${h.afternoonStart}-${h.afternoonEnd}`, sameDayCutoff: h.sameDayCutoff, receiptCutoff: h.receiptCutoff });
  await ctx.db.transaction(async (tx) => {
    const repository = calendarRepository(tx);
    const before = (await repository.listWorkingHours()).find((x) => x.unitId === o.unitId) ?? null;
    if (h) await repository.setWorkingHours({ unitId: o.unitId, ...h }, o.actor.userId);
    else await repository.deleteWorkingHours(o.unitId);
    await settingsRepository(tx).bumpCounter(CALENDAR_VERSION_KEY);
    await auditRepository(tx).record(o.actor, h ? 'calendar.working_hours_set' : 'calendar.working_hours_removed', { type: 'working_hours', id: o.unitId }, before, h);
  });
}
