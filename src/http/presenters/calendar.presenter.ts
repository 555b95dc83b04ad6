import { z } from 'zod';
import type { CalendarDay } from '../../app/calendar/list-calendar-days.js';
import { formatVietnamInstant } from '../../domain/shared/format-vietnam-instant.js';

export { formatVietnamInstant };
import type { ScheduleRevision, StoredSchedule } from '../../store/repositories/calendar.repository.js';


const ZSource = z.object({ document: z.string(), issuedOn: z.string().nullable(), url: z.string() });
export const ZDay = z.object({
  date: z.string(), working: z.boolean(), kind: z.string(), reason: z.string().optional(), reasonEn: z.string().optional(),
  source: ZSource.optional(), lunar: z.string(), lunarLeap: z.boolean(),
});
export const ZEntry = z.object({ date: z.string(), kind: z.string(), reason: z.string(), reasonEn: z.string(), source: ZSource });
export const ZSchedule = z.object({ year: z.number(), version: z.number(), updatedAt: z.string(), updatedByName: z.string().nullable(), source: ZSource, entries: z.array(ZEntry) });
export const ZRevision = z.object({ id: z.string(), year: z.number(), version: z.number(), action: z.string(), note: z.string().nullable(), changedAt: z.string(), changedByName: z.string().nullable(), snapshot: z.object({ year: z.number(), source: ZSource, entries: z.array(ZEntry) }).nullable() });

export const presentDay = (d: CalendarDay): z.infer<typeof ZDay> => ({
  date: d.date, working: d.working, kind: d.kind, ...(d.reason ? { reason: d.reason, reasonEn: d.reasonEn } : {}), ...(d.source ? { source: d.source } : {}), lunar: d.lunar, lunarLeap: d.lunarLeap,
});
export const presentSchedule = (s: StoredSchedule): z.infer<typeof ZSchedule> => ({ year: s.year, version: s.version, updatedAt: s.updatedAt, updatedByName: s.updatedByName, source: s.source, entries: s.entries });
export const presentRevision = (r: ScheduleRevision): z.infer<typeof ZRevision> => ({ ...r, snapshot: r.snapshot && { year: r.snapshot.year, source: r.snapshot.source, entries: r.snapshot.entries } });
