import type { Actor } from '../../domain/auth/actor.js';
import { definitionOn } from '../../domain/index766/index766-definition.js';
import { invalidInput } from '../../domain/errors.js';
import { historyPeriods, MAX_HISTORY_PERIODS, type HistoryGranularity } from '../../domain/statistics/history-periods.js';
import { toEpochDay, type LocalDate } from '../../domain/shared/local-date.js';
import { index766Repository } from '../../store/repositories/index766.repository.js';
import type { AppContext } from '../app-context.js';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.js';
import { rankWithinLevels, totalsOfPeriod } from './compute-index766.js';
import { index766Targets, prepareIndex766 } from './index766-scope.js';
import { loadProcedureCatalogue } from '../procedures/procedure-version-cache.js';

export type Index766History = {
  unit: { code: string; name: string };
  granularity: HistoryGranularity;
  periods: Array<{ from: LocalDate; to: LocalDate; units: Array<{ code: string; total: number; totalMax: number; rank: number | null }> }>;
};

/**
 * The weekly, monthly or yearly history of the Decision 766 index of a unit and its departments and communes, each
 * period scored with the weight table in force on its last day and ranked among units of the same level (Decision
 * 766/QĐ-TTg; issue 5 §3).
 */
export async function index766History(ctx: AppContext, o: { actor: Actor; unit: string; granularity: HistoryGranularity; from: string; to: string }): Promise<Index766History> {
  const prepared = await prepareIndex766(ctx, o);
  const periods = historyPeriods(o.granularity, prepared.period.from, prepared.period.to);
  if (periods.length > MAX_HISTORY_PERIODS) {
    throw invalidInput('from', `At most ${MAX_HISTORY_PERIODS} periods: choose a shorter range or a coarser granularity.`, `Tối đa ${MAX_HISTORY_PERIODS} kỳ: hãy chọn khoảng ngắn hơn hoặc kỳ dài hơn.`);
  }
  const { history, unit, today } = prepared;
  const targets = index766Targets(history, unit, prepared.period.to, true);
  const { calendar } = await loadWorkingCalendar(ctx);
  const catalogue = await loadProcedureCatalogue(ctx);
  const out: Index766History['periods'] = [];
  for (const p of periods) {
    const period = { ...p, fromDay: toEpochDay(p.from), toDay: toEpochDay(p.to) };
    const scores = await totalsOfPeriod(ctx, history, targets, period, today, definitionOn(p.to), calendar, catalogue);
    const ranks = rankWithinLevels(targets, scores);
    out.push({ ...p, units: targets.map((t) => ({ code: t.unit.code, total: scores.get(t.unit.id)!.total, totalMax: scores.get(t.unit.id)!.totalMax, rank: ranks.get(t.unit.id) ?? null })) });
  }
  return { unit: { code: unit.code, name: targets[0].name }, granularity: o.granularity, periods: out };
}
