import type { Actor } from '../../domain/auth/actor.js';
import { requireRole } from '../../domain/auth/access-scope.js';
import { parseAnnouncedSchedules, type AnnouncedSchedule } from '../../domain/calendar/announced-schedule.js';
import { buildWorkingCalendar } from '../../domain/calendar/working-calendar.js';
import { DomainError, invalidInput } from '../../domain/errors.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { calendarRepository, type StoredSchedule } from '../../store/repositories/calendar.repository.js';
import { settingsRepository } from '../../store/repositories/settings.repository.js';
import type { AppContext } from '../app-context.js';
import { CALENDAR_VERSION_KEY } from './load-working-calendar.js';

export type SaveScheduleOptions = {
  actor: Actor;
  /** The schedule as announced (Labour Code 2019 Art. 112(3): the Prime Minister fixes the days each year). */
  schedule: unknown;
  /** The version the editor started from; null when creating the year's first schedule. */
  expectedVersion: number | null;
  note?: string | null;
};

/**
 * Saves a year's announced schedule as a new version (PAR standing agency or administrator), keeping the previous
 * version in the revision history; a stale `expectedVersion` gets 409 so two editors never overwrite each other.
 */
export async function saveSchedule(ctx: AppContext, o: SaveScheduleOptions): Promise<StoredSchedule> {
  requireRole(o.actor, ['system_admin', 'par_agency']);
  const [schedule] = parseAnnouncedSchedules([o.schedule]);
  schedule.entries.forEach((e, i) => {
    if (!e.date.startsWith(`${schedule.year}-`)) throw invalidInput(`entries[${i}].date`, `The date ${e.date} is not in ${schedule.year}.`, `Ngày ${e.date} không thuộc năm ${schedule.year}.`);
  });
  buildWorkingCalendar({ schedules: [schedule], fromYear: schedule.year, toYear: schedule.year });
  const actor = { id: o.actor.userId, name: o.actor.username };
  return ctx.db.transaction(async (tx) => {
    const repository = calendarRepository(tx);
    const current = await repository.lockSchedule(schedule.year);
    if ((current ?? null) !== o.expectedVersion) {
      throw new DomainError('CONFLICT', `The ${schedule.year} schedule was changed meanwhile (now version ${current ?? 'none'}); reload and edit again.`,
        `Lịch năm ${schedule.year} vừa được người khác thay đổi (phiên bản ${current ?? 'chưa có'}); hãy tải lại rồi sửa.`, { field: 'version', currentVersion: current ?? null });
    }
    const before = current ? (await repository.listSchedules(schedule.year))[0] : null;
    const version = Math.max(current ?? 0, await repository.lastRevisionVersion(schedule.year)) + 1;
    await repository.writeSchedule(schedule, version, actor);
    await repository.addRevision({ year: schedule.year, version, action: current ? 'updated' : 'created', snapshot: schedule, note: o.note ?? null, actor });
    await settingsRepository(tx).bumpCounter(CALENDAR_VERSION_KEY);
    await auditRepository(tx).record(o.actor, current ? 'calendar.schedule_updated' : 'calendar.schedule_created', { type: 'calendar_schedule', id: String(schedule.year) }, before && strip(before), schedule);
    return (await repository.listSchedules(schedule.year))[0];
  });
}

const strip = (s: StoredSchedule): AnnouncedSchedule => ({ year: s.year, source: s.source, entries: s.entries });

/** Removes a year's schedule so the statutory rules apply again; the removal is kept in the history. */
export async function deleteSchedule(ctx: AppContext, o: { actor: Actor; year: number; expectedVersion: number; note?: string | null }): Promise<void> {
  requireRole(o.actor, ['system_admin', 'par_agency']);
  const actor = { id: o.actor.userId, name: o.actor.username };
  await ctx.db.transaction(async (tx) => {
    const repository = calendarRepository(tx);
    const current = await repository.lockSchedule(o.year);
    if (current === undefined) throw new DomainError('NOT_FOUND', `No schedule for ${o.year}.`, `Chưa có lịch công bố cho năm ${o.year}.`, { field: 'year' });
    if (current !== o.expectedVersion) {
      throw new DomainError('CONFLICT', `The ${o.year} schedule was changed meanwhile.`, `Lịch năm ${o.year} vừa được người khác thay đổi.`, { field: 'version', currentVersion: current });
    }
    const before = (await repository.listSchedules(o.year))[0];
    await repository.deleteSchedule(o.year);
    await repository.addRevision({ year: o.year, version: current + 1, action: 'deleted', snapshot: null, note: o.note ?? null, actor });
    await settingsRepository(tx).bumpCounter(CALENDAR_VERSION_KEY);
    await auditRepository(tx).record(o.actor, 'calendar.schedule_deleted', { type: 'calendar_schedule', id: String(o.year) }, strip(before), null);
  });
}
