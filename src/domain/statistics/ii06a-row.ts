import type { Counters } from './fact-counters.js';
import type { PeriodClass } from './recount.js';

/** The figures of one row of form II.06a with the local extension columns (Circular 01/2020/TT-VPCP; domain.md §2.1). */
export type Ii06aFigures = {
  received: number; receivedOnline: number; receivedInPersonOrPostal: number; carriedOver: number;
  resolved: number; resolvedEarly: number; resolvedOnTime: number; resolvedLate: number;
  inProgress: number; inProgressWithinDeadline: number; inProgressOverdue: number;
  withdrawn: number; refused: number; lateWithApology: number; lateWithoutApology: number;
};
export const II06A_FIGURES = ['received', 'receivedOnline', 'receivedInPersonOrPostal', 'carriedOver', 'resolved', 'resolvedEarly',
  'resolvedOnTime', 'resolvedLate', 'inProgress', 'inProgressWithinDeadline', 'inProgressOverdue', 'withdrawn', 'refused',
  'lateWithApology', 'lateWithoutApology'] as const satisfies ReadonlyArray<keyof Ii06aFigures>;
export type Ii06aFigure = (typeof II06A_FIGURES)[number];

export const emptyFigures = (): Ii06aFigures => Object.fromEntries(II06A_FIGURES.map((f) => [f, 0])) as Ii06aFigures;

/**
 * A row from the period's counters and the open counts at both ends: carried over = open at the end of the day before
 * the period; in progress = open at the end of its last day (Circular 01/2020/TT-VPCP, form II.06a cols 3–13).
 */
export function figuresFrom(c: Counters, carriedOver: number, within: number, overdue: number): Ii06aFigures {
  const resolved = c.resolvedEarly + c.resolvedOnTime + c.resolvedLate;
  const inProgress = within + overdue;
  return {
    received: carriedOver + c.receivedOnline + c.receivedOther, receivedOnline: c.receivedOnline, receivedInPersonOrPostal: c.receivedOther,
    carriedOver, resolved, resolvedEarly: c.resolvedEarly, resolvedOnTime: c.resolvedOnTime, resolvedLate: c.resolvedLate,
    inProgress, inProgressWithinDeadline: within, inProgressOverdue: overdue,
    withdrawn: c.withdrawn, refused: c.refused, lateWithApology: c.lateWithApology, lateWithoutApology: c.lateWithoutApology,
  };
}

/** Adds one dossier's period classification to a row (the reference recount). */
export function tally(row: Ii06aFigures, c: PeriodClass): void {
  if (c.received === 'carriedOver') row.carriedOver++;
  else if (c.received === 'online') row.receivedOnline++;
  else row.receivedInPersonOrPostal++;
  row.received++;
  if (c.resolved) {
    row.resolved++;
    row[c.resolved === 'early' ? 'resolvedEarly' : c.resolved === 'on_time' ? 'resolvedOnTime' : 'resolvedLate']++;
    if (c.endKind === 'withdrawn') row.withdrawn++;
    if (c.endKind === 'refused') row.refused++;
    if (c.resolved === 'late') row[c.lateWithApology ? 'lateWithApology' : 'lateWithoutApology']++;
  } else if (c.inProgress) {
    row.inProgress++;
    row[c.inProgress === 'within' ? 'inProgressWithinDeadline' : 'inProgressOverdue']++;
  }
}

export function addFigures(into: Ii06aFigures, row: Ii06aFigures): Ii06aFigures {
  for (const f of II06A_FIGURES) into[f] += row[f];
  return into;
}

/** The identities every row must satisfy (Circular 01/2020/TT-VPCP, form II.06a: col 3 = 4 + 5 + 6 = 7 + 11); [] when they hold. */
export function brokenIdentities(r: Ii06aFigures): string[] {
  const broken: string[] = [];
  if (r.received !== r.carriedOver + r.receivedOnline + r.receivedInPersonOrPostal) broken.push('received = carriedOver + receivedOnline + receivedInPersonOrPostal');
  if (r.received !== r.resolved + r.inProgress) broken.push('received = resolved + inProgress');
  if (r.resolved !== r.resolvedEarly + r.resolvedOnTime + r.resolvedLate) broken.push('resolved = resolvedEarly + resolvedOnTime + resolvedLate');
  if (r.inProgress !== r.inProgressWithinDeadline + r.inProgressOverdue) broken.push('inProgress = inProgressWithinDeadline + inProgressOverdue');
  if (r.resolvedLate !== r.lateWithApology + r.lateWithoutApology) broken.push('resolvedLate = lateWithApology + lateWithoutApology');
  if (Object.values(r).some((v) => v < 0)) broken.push('no negative figure');
  return broken;
}
