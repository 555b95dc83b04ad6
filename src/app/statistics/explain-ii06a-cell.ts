import type { Actor } from '../../domain/auth/actor.js';
import { invalidInput } from '../../domain/errors.js';
import { II06A_FIGURE_RULES } from '../../domain/statistics/ii06a-figure-rules.js';
import { II06A_FIGURES, type Ii06aFigure } from '../../domain/statistics/ii06a-row.js';
import { fromEpochDay, type LocalDate } from '../../domain/shared/local-date.js';
import { statisticsRepository } from '../../store/repositories/statistics.repository.js';
import { toIso } from '../../store/db.js';
import type { AppContext } from '../app-context.js';
import { resolveReportScope } from './resolve-report-scope.js';

export type Ii06aCellItem = {
  id: string; code: string; procedureCode: string; fieldCode: string; unitCode: string; channel: string; status: string;
  receivedDate: LocalDate | null; dueDate: LocalDate | null; endDate: LocalDate | null; endKind: string | null; endClass: string | null;
  extended: boolean; stateAtPeriodEnd: string | null; receivedAt: string | null; dueAt: string | null; extendedDueAt: string | null; endedAt: string | null;
};
export type Ii06aCell = {
  figure: Ii06aFigure; fieldCode: string | null; unitCode: string; from: LocalDate; to: LocalDate;
  rule: { vi: string; en: string }; total: number; page: number; pageSize: number; items: Ii06aCellItem[];
};

const day = (d: unknown) => (d === null || d === undefined ? null : fromEpochDay(d as number));

/** The dossiers behind one cell of form II.06a, with the rule and the dates that put each there (issue 5 §4). */
export async function explainIi06aCell(ctx: AppContext, o: { actor: Actor; unitCode: string; from: string; to: string; figure: string; fieldCode?: string; page?: number; pageSize?: number }): Promise<Ii06aCell> {
  if (!(II06A_FIGURES as readonly string[]).includes(o.figure)) throw invalidInput('figure', `figure must be one of ${II06A_FIGURES.join(', ')}.`, `Chỉ tiêu (figure) phải là một trong ${II06A_FIGURES.join(', ')}.`);
  const figure = o.figure as Ii06aFigure;
  const scope = await resolveReportScope(ctx, o);
  const page = o.page ?? 1;
  const pageSize = o.pageSize ?? 50;
  const { total, items } = await statisticsRepository(ctx.db.orm).cellDossiers({
    unitIds: scope.memberIds, fieldCode: o.fieldCode ?? null, figure, fromDay: scope.fromDay, toDay: scope.toDay, limit: pageSize, offset: (page - 1) * pageSize,
  });
  return {
    figure, fieldCode: o.fieldCode ?? null, unitCode: scope.unit.code, from: fromEpochDay(scope.fromDay), to: fromEpochDay(scope.toDay),
    rule: II06A_FIGURE_RULES[figure], total, page, pageSize,
    items: items.map((r) => ({
      id: r.id as string, code: r.code as string, procedureCode: r.procedure_code as string, fieldCode: r.field_code as string,
      unitCode: scope.history.units.get(r.unit_id as string)?.code ?? (r.unit_id as string), channel: r.channel as string, status: r.status as string,
      receivedDate: day(r.received_day), dueDate: day(r.due_day), endDate: day(r.end_day), endKind: (r.end_kind as string) ?? null, endClass: (r.end_class as string) ?? null,
      extended: r.extended as boolean, stateAtPeriodEnd: (r.state_at_end as string) ?? null,
      receivedAt: toIso(r.received_at as string), dueAt: toIso(r.due_at as string), extendedDueAt: toIso(r.extended_due_at as string), endedAt: toIso(r.ended_at as string),
    })),
  };
}
