import type { SaveScheduleBody } from '../../../api/calendar';
import type { CalendarDay, Schedule, ScheduleEntryKind, ScheduleSource } from '../../../api/types';
import { isSpecialKind } from './day-kinds';

/** A source as the form holds it: an empty string for an unknown date of issue. */
export type SourceValues = { document: string; issuedOn: string; url: string };
export type EntryValues = { date: string; kind: ScheduleEntryKind; reason: string; reasonEn: string; source: SourceValues };
export type ScheduleValues = { source: SourceValues; entries: EntryValues[]; note: string };

const EMPTY_SOURCE: SourceValues = { document: '', issuedOn: '', url: '' };

const toSourceValues = (source: ScheduleSource): SourceValues => ({ ...source, issuedOn: source.issuedOn ?? '' });
const fromSourceValues = (source: SourceValues): ScheduleSource => ({
  document: source.document.trim(), issuedOn: source.issuedOn || null, url: source.url.trim(),
});

/** The form's starting values: the saved schedule, or an empty one for a year that has none. */
export function toScheduleValues(schedule: Schedule | null): ScheduleValues {
  if (!schedule) return { source: EMPTY_SOURCE, entries: [], note: '' };
  return {
    source: toSourceValues(schedule.source),
    entries: [...schedule.entries].sort((a, b) => a.date.localeCompare(b.date))
      .map((entry) => ({ ...entry, source: toSourceValues(entry.source) })),
    note: '',
  };
}

/** The request body (without `version`), in the rows' order so that the server's `entries[i]` is row i. */
export function fromScheduleValues(values: ScheduleValues): Omit<SaveScheduleBody, 'version'> {
  return {
    source: fromSourceValues(values.source),
    entries: (values.entries ?? []).map((entry) => ({
      date: entry.date, kind: entry.kind, reason: entry.reason.trim(), reasonEn: entry.reasonEn.trim(), source: fromSourceValues(entry.source),
    })),
    note: values.note?.trim() || null,
  };
}

/** A new row: a holiday that cites the year's document. */
export const newEntry = (source: SourceValues | undefined): EntryValues =>
  ({ date: '', kind: 'holiday', reason: '', reasonEn: '', source: { ...EMPTY_SOURCE, ...source } });

/** The special days the Labour Code alone gives a year (the starting point of a new announcement). */
export function entriesFromDays(days: readonly CalendarDay[]): EntryValues[] {
  return days.filter((day) => isSpecialKind(day.kind)).map((day) => ({
    date: day.date,
    kind: day.kind as ScheduleEntryKind,
    reason: day.reason ?? '',
    reasonEn: day.reasonEn ?? '',
    source: day.source ? toSourceValues(day.source) : EMPTY_SOURCE,
  }));
}
