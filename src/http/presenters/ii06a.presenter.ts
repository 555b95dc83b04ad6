import type { Ii06aCell } from '../../app/statistics/explain-ii06a-cell.js';
import type { Ii06aReport } from '../../domain/statistics/ii06a-report.js';
import { II06A_FIGURES, type Ii06aFigures } from '../../domain/statistics/ii06a-row.js';

const figures = (f: Ii06aFigures) => Object.fromEntries(II06A_FIGURES.map((k) => [k, f[k]])) as Ii06aFigures;

/** Report II.06a for officials: exactly the figure fields of the issue, per field row and in total. */
export function presentIi06aReport(r: Ii06aReport) {
  return {
    unit: { code: r.unit.code, name: r.unit.name }, from: r.from, to: r.to, generatedAt: r.generatedAt, rules: r.rules,
    rows: r.rows.map((row) => ({ fieldCode: row.fieldCode, fieldName: row.fieldName, ...figures(row) })),
    total: figures(r.total),
  };
}

/** The dossiers behind one cell, for officials (dossier codes, dates and the rule; no applicant data). */
export function presentIi06aCell(c: Ii06aCell) {
  return {
    figure: c.figure, field: c.fieldCode, unit: c.unitCode, from: c.from, to: c.to, rule: c.rule, total: c.total, page: c.page, pageSize: c.pageSize,
    items: c.items.map((i) => ({
      id: i.id, code: i.code, procedureCode: i.procedureCode, fieldCode: i.fieldCode, unitCode: i.unitCode, channel: i.channel, status: i.status,
      receivedDate: i.receivedDate, dueDate: i.dueDate, endDate: i.endDate, endKind: i.endKind, endClass: i.endClass, extended: i.extended,
      stateAtPeriodEnd: i.stateAtPeriodEnd, receivedAt: i.receivedAt, dueAt: i.dueAt, extendedDueAt: i.extendedDueAt, endedAt: i.endedAt,
    })),
  };
}
