import { buildWorkingCalendar, type WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import { DEFAULT_WORKING_HOURS, workingHours, type WorkingHours } from '../../domain/calendar/working-hours.js';
import type { AnnouncedSchedule } from '../../domain/calendar/announced-schedule.js';
import { ancestorsOn } from '../../domain/org/org-queries.js';
import { localDateOf, type LocalDate } from '../../domain/shared/local-date.js';
import type { OrgHistory } from '../../domain/org/org-types.js';
import { DomainError } from '../../domain/errors.js';
import { calendarRepository, type StoredSchedule, type StoredWorkingHours } from '../../store/repositories/calendar.repository.js';
import { settingsRepository } from '../../store/repositories/settings.repository.js';
import type { AppContext } from '../app-context.js';
import { loadOrgHistory } from '../org/load-org-history.js';

export const CALENDAR_VERSION_KEY = 'calendar_version';

export type LoadedCalendar = { calendar: WorkingCalendar; schedules: StoredSchedule[]; hours: Map<string, StoredWorkingHours> };

const cache = new WeakMap<AppContext['db'], { version: string; loaded: LoadedCalendar }>();

/** The one working calendar, built from the announced schedules in the database; rebuilt only when they change (`knownVersion`: the counter just read). */
export async function loadWorkingCalendar(ctx: AppContext, knownVersion?: string): Promise<LoadedCalendar> {
  const version = knownVersion ?? await settingsRepository(ctx.db.orm).counter(CALENDAR_VERSION_KEY);
  const cached = cache.get(ctx.db);
  if (cached?.version === version) return cached.loaded;
  const repository = calendarRepository(ctx.db.orm);
  const schedules = await repository.listSchedules();
  const thisYear = Number(localDateOf(ctx.now()).slice(0, 4));
  const calendar = buildWorkingCalendar({ schedules: schedules as AnnouncedSchedule[], fromYear: Math.min(thisYear - 5, ...schedules.map((s) => s.year)), toYear: thisYear + 2 });
  const hours = new Map((await repository.listWorkingHours()).map((h) => [h.unitId, h]));
  const loaded = { calendar, schedules, hours };
  cache.set(ctx.db, { version, loaded });
  return loaded;
}

/** Stored hours → domain hours. */
export function toWorkingHours(h: StoredWorkingHours): WorkingHours {
  return workingHours({ morning: `${h.morningStart}-${h.morningEnd}`, afternoon: `${h.afternoonStart}-${h.afternoonEnd}`, sameDayCutoff: h.sameDayCutoff, receiptCutoff: h.receiptCutoff });
}

/**
 * The office hours that apply to an agency: its own, else those of its nearest ancestor that has some, else the
 * defaults (office hours are set by each province; domain.md §7.1). Pure, once the calendar and history are loaded.
 */
export function workingHoursFor(loaded: LoadedCalendar, history: OrgHistory, agencyId: string | undefined, today: LocalDate): { hours: WorkingHours; fromUnitId: string | null } {
  if (!agencyId) return { hours: DEFAULT_WORKING_HOURS, fromUnitId: null };
  if (!history.units.has(agencyId)) throw new DomainError('NOT_FOUND', 'Unknown agency.', 'Không tìm thấy cơ quan.', { field: 'agencyId' });
  for (const id of [agencyId, ...ancestorsOn(history, agencyId, today)]) {
    const own = loaded.hours.get(id);
    if (own) return { hours: toWorkingHours(own), fromUnitId: id };
  }
  return { hours: DEFAULT_WORKING_HOURS, fromUnitId: null };
}

/** workingHoursFor, loading the organisation history (outside any transaction). */
export async function resolveWorkingHours(ctx: AppContext, loaded: LoadedCalendar, agencyId: string | undefined): Promise<{ hours: WorkingHours; fromUnitId: string | null }> {
  return workingHoursFor(loaded, await loadOrgHistory(ctx), agencyId, localDateOf(ctx.now()));
}
