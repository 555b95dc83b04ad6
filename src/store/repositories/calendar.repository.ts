import type { AnnouncedSchedule, ScheduleEntry } from '../../domain/calendar/announced-schedule.js';
import { one, rows, sql, toIso, type Executor } from '../db.js';

export type StoredSchedule = AnnouncedSchedule & { version: number; updatedAt: string; updatedByName: string | null };
export type ScheduleRevision = { id: string; year: number; version: number; action: string; snapshot: AnnouncedSchedule | null; note: string | null; changedAt: string; changedByName: string | null };
export type StoredWorkingHours = { unitId: string; morningStart: string; morningEnd: string; afternoonStart: string; afternoonEnd: string; sameDayCutoff: string; receiptCutoff: string; updatedAt: string };

type ScheduleRow = { year: number; source_document: string; source_issued_on: string | null; source_url: string; version: number; updated_at: string; updated_by_name: string | null };
type EntryRow = { year: number; date: string; kind: ScheduleEntry['kind']; reason: string; reason_en: string; source_document: string; source_issued_on: string | null; source_url: string };

/** Announced holiday schedules (one per year, versioned, with revisions) and agencies' working hours. */
export const calendarRepository = (ex: Executor) => ({
  async listSchedules(year?: number): Promise<StoredSchedule[]> {
    const schedules = await rows<ScheduleRow>(ex, sql`select year, source_document, source_issued_on, source_url, version, updated_at, updated_by_name
      from calendar_schedules where ${year ?? null}::int is null or year = ${year ?? null} order by year`);
    const entries = await rows<EntryRow>(ex, sql`select year, date, kind, reason, reason_en, source_document, source_issued_on, source_url
      from calendar_entries where ${year ?? null}::int is null or year = ${year ?? null} order by date`);
    return schedules.map((s) => ({
      year: s.year, version: s.version, updatedAt: toIso(s.updated_at)!, updatedByName: s.updated_by_name,
      source: { document: s.source_document, issuedOn: s.source_issued_on, url: s.source_url },
      entries: entries.filter((e) => e.year === s.year).map((e) => ({
        date: e.date, kind: e.kind, reason: e.reason, reasonEn: e.reason_en,
        source: { document: e.source_document, issuedOn: e.source_issued_on, url: e.source_url },
      })),
    }));
  },
  async lockSchedule(year: number): Promise<number | undefined> {
    return (await one<{ version: number }>(ex, sql`select version from calendar_schedules where year = ${year} for update`))?.version;
  },
  async hasRevisions(year: number): Promise<boolean> {
    return !!(await one(ex, sql`select 1 from calendar_schedule_revisions where year = ${year} limit 1`));
  },
  /** Replaces a year's schedule with `schedule` at `version`. */
  async writeSchedule(schedule: AnnouncedSchedule, version: number, actor: { id: string | null; name: string | null }): Promise<void> {
    const s = schedule.source;
    await ex.execute(sql`insert into calendar_schedules (year, source_document, source_issued_on, source_url, version, updated_by, updated_by_name)
      values (${schedule.year}, ${s.document}, ${s.issuedOn}, ${s.url}, ${version}, ${actor.id}, ${actor.name})
      on conflict (year) do update set source_document = excluded.source_document, source_issued_on = excluded.source_issued_on,
        source_url = excluded.source_url, version = excluded.version, updated_at = now(), updated_by = excluded.updated_by, updated_by_name = excluded.updated_by_name`);
    await ex.execute(sql`delete from calendar_entries where year = ${schedule.year}`);
    for (const e of schedule.entries) {
      await ex.execute(sql`insert into calendar_entries (year, date, kind, reason, reason_en, source_document, source_issued_on, source_url)
        values (${schedule.year}, ${e.date}, ${e.kind}, ${e.reason}, ${e.reasonEn}, ${e.source.document}, ${e.source.issuedOn}, ${e.source.url})`);
    }
  },
  async deleteSchedule(year: number): Promise<void> {
    await ex.execute(sql`delete from calendar_schedules where year = ${year}`);
  },
  async addRevision(r: { year: number; version: number; action: string; snapshot: AnnouncedSchedule | null; note: string | null; actor: { id: string | null; name: string | null } }): Promise<void> {
    await ex.execute(sql`insert into calendar_schedule_revisions (year, version, action, snapshot, note, changed_by, changed_by_name)
      values (${r.year}, ${r.version}, ${r.action}, ${r.snapshot ? JSON.stringify(r.snapshot) : null}::jsonb, ${r.note}, ${r.actor.id}, ${r.actor.name})`);
  },
  async lastRevisionVersion(year: number): Promise<number> {
    return (await one<{ v: number | null }>(ex, sql`select max(version)::int as v from calendar_schedule_revisions where year = ${year}`))?.v ?? 0;
  },
  async listRevisions(year: number): Promise<ScheduleRevision[]> {
    const list = await rows<{ id: string; year: number; version: number; action: string; snapshot: AnnouncedSchedule | null; note: string | null; changed_at: string; changed_by_name: string | null }>(ex,
      sql`select id::text as id, year, version, action, snapshot, note, changed_at, changed_by_name from calendar_schedule_revisions where year = ${year} order by id desc`);
    return list.map((r) => ({ id: r.id, year: r.year, version: r.version, action: r.action, snapshot: r.snapshot, note: r.note, changedAt: toIso(r.changed_at)!, changedByName: r.changed_by_name }));
  },
  async listWorkingHours(): Promise<StoredWorkingHours[]> {
    const list = await rows<{ unit_id: string; morning_start: string; morning_end: string; afternoon_start: string; afternoon_end: string; same_day_cutoff: string; receipt_cutoff: string; updated_at: string }>(ex,
      sql`select unit_id, morning_start, morning_end, afternoon_start, afternoon_end, same_day_cutoff, receipt_cutoff, updated_at from working_hours`);
    return list.map((r) => ({ unitId: r.unit_id, morningStart: r.morning_start, morningEnd: r.morning_end, afternoonStart: r.afternoon_start, afternoonEnd: r.afternoon_end, sameDayCutoff: r.same_day_cutoff, receiptCutoff: r.receipt_cutoff, updatedAt: toIso(r.updated_at)! }));
  },
  async setWorkingHours(h: Omit<StoredWorkingHours, 'updatedAt'>, actorId: string | null): Promise<void> {
    await ex.execute(sql`insert into working_hours (unit_id, morning_start, morning_end, afternoon_start, afternoon_end, same_day_cutoff, receipt_cutoff, updated_by)
      values (${h.unitId}, ${h.morningStart}, ${h.morningEnd}, ${h.afternoonStart}, ${h.afternoonEnd}, ${h.sameDayCutoff}, ${h.receiptCutoff}, ${actorId})
      on conflict (unit_id) do update set morning_start = excluded.morning_start, morning_end = excluded.morning_end, afternoon_start = excluded.afternoon_start,
        afternoon_end = excluded.afternoon_end, same_day_cutoff = excluded.same_day_cutoff, receipt_cutoff = excluded.receipt_cutoff, updated_at = now(), updated_by = excluded.updated_by`);
  },
  async deleteWorkingHours(unitId: string): Promise<void> {
    await ex.execute(sql`delete from working_hours where unit_id = ${unitId}`);
  },
});
