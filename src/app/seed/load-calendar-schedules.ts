import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SYSTEM_ACTOR } from '../../domain/auth/actor.js';
import { parseAnnouncedSchedules, type AnnouncedSchedule } from '../../domain/calendar/announced-schedule.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { calendarRepository } from '../../store/repositories/calendar.repository.js';
import { settingsRepository } from '../../store/repositories/settings.repository.js';
import type { AppContext } from '../app-context.js';
import { CALENDAR_VERSION_KEY } from '../calendar/load-working-calendar.js';

export const CALENDAR_DATA_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../../data/calendar/schedules.json');

/** The official schedules shipped in data/calendar (2023–2026, cited in its README). */
export function readShippedSchedules(file = CALENDAR_DATA_FILE): AnnouncedSchedule[] {
  return parseAnnouncedSchedules(JSON.parse(readFileSync(file, 'utf8')));
}

/** Stores each shipped schedule whose year has never had one (an edited or deleted year is left as its editors left it). */
export async function loadCalendarSchedules(ctx: AppContext, schedules: AnnouncedSchedule[]): Promise<number[]> {
  const loaded: number[] = [];
  for (const schedule of schedules) {
    await ctx.db.transaction(async (tx) => {
      const repository = calendarRepository(tx);
      if (await repository.hasRevisions(schedule.year)) return;
      const actor = { id: null, name: SYSTEM_ACTOR.username };
      await repository.writeSchedule(schedule, 1, actor);
      await repository.addRevision({ year: schedule.year, version: 1, action: 'seeded', snapshot: schedule, note: 'data/calendar/schedules.json', actor });
      await settingsRepository(tx).bumpCounter(CALENDAR_VERSION_KEY);
      await auditRepository(tx).record(SYSTEM_ACTOR, 'calendar.schedule_seeded', { type: 'calendar_schedule', id: String(schedule.year) }, null, { entries: schedule.entries.length });
      loaded.push(schedule.year);
    });
  }
  return loaded;
}
