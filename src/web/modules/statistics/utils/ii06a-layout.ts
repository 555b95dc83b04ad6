import type { Ii06aFigure, Ii06aFigures, Ii06aReport } from '../../../api/reports';

/** A column of form II.06a: one figure, or a group heading over several (the form's two-level header). */
export type Ii06aColumn =
  | { kind: 'figure'; figure: Ii06aFigure }
  | { kind: 'group'; group: 'received' | 'resolved' | 'inProgress' | 'late'; figures: readonly Ii06aFigure[] };

/**
 * The header of Biểu II.06a/VPCP/KSTT (Circular 01/2020/TT-VPCP) after the field column: received (total, online, in
 * person or by post, carried over), resolved (total, early, on time, late), in progress (total, within, overdue), then
 * the local extension columns: withdrawn, refused, late with / without an apology.
 */
export const II06A_LAYOUT: readonly Ii06aColumn[] = [
  { kind: 'group', group: 'received', figures: ['received', 'receivedOnline', 'receivedInPersonOrPostal', 'carriedOver'] },
  { kind: 'group', group: 'resolved', figures: ['resolved', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate'] },
  { kind: 'group', group: 'inProgress', figures: ['inProgress', 'inProgressWithinDeadline', 'inProgressOverdue'] },
  { kind: 'figure', figure: 'withdrawn' },
  { kind: 'figure', figure: 'refused' },
  { kind: 'group', group: 'late', figures: ['lateWithApology', 'lateWithoutApology'] },
];

/** The figures in column order (the leaves of the header). */
export function layoutFigures(layout: readonly Ii06aColumn[] = II06A_LAYOUT): Ii06aFigure[] {
  return layout.flatMap((column) => (column.kind === 'figure' ? [column.figure] : [...column.figures]));
}

/** One line of the table: a field, or the total (fieldCode null), with its 1-based number on the form. */
export type Ii06aLine = Ii06aFigures & { key: string; index: number | null; fieldCode: string | null; fieldName: string };

/** The field rows in the server's order, numbered 1, 2, …, then the total row. */
export function ii06aLines(report: Pick<Ii06aReport, 'rows' | 'total'>, totalName: string): Ii06aLine[] {
  const rows: Ii06aLine[] = report.rows.map((row, i) => ({ ...row, key: `field:${row.fieldCode}`, index: i + 1 }));
  return [...rows, { ...report.total, key: 'total', index: null, fieldCode: null, fieldName: totalName }];
}
