import type { ScheduleEntry } from '../../../api/types';

export type EntryChange = 'added' | 'removed' | 'changed' | 'same';

/** One date in a side-by-side comparison: the revision's entry, the current one, and what changed. */
export type EntryComparison = { date: string; before?: ScheduleEntry; after?: ScheduleEntry; change: EntryChange };

const sameEntry = (a: ScheduleEntry, b: ScheduleEntry) =>
  a.kind === b.kind && a.reason === b.reason && a.reasonEn === b.reasonEn && a.source.document === b.source.document
  && a.source.issuedOn === b.source.issuedOn && a.source.url === b.source.url;

/** Aligns two lists of entries by date, in date order: `added` exists only now, `removed` only in the revision. */
export function compareEntries(before: readonly ScheduleEntry[], after: readonly ScheduleEntry[]): EntryComparison[] {
  const dates = [...new Set([...before, ...after].map((entry) => entry.date))].sort();
  return dates.map((date) => {
    const old = before.find((entry) => entry.date === date);
    const now = after.find((entry) => entry.date === date);
    const change: EntryChange = !old ? 'added' : !now ? 'removed' : sameEntry(old, now) ? 'same' : 'changed';
    return { date, before: old, after: now, change };
  });
}
