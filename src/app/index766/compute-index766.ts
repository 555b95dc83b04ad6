import type { Actor } from '../../domain/auth/actor.js';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import { definitionOn, type Index766Definition } from '../../domain/index766/index766-definition.js';
import { rankByTotal, rankChange, type UnitScore } from '../../domain/index766/index766-rules.js';
import { computeUnitIndex } from '../../domain/index766/unit-index.js';
import type { OrgHistory, OrgLevel } from '../../domain/org/org-types.js';
import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import type { LocalDate } from '../../domain/shared/local-date.js';
import { index766Repository } from '../../store/repositories/index766.repository.js';
import type { AppContext } from '../app-context.js';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.js';
import { index766Targets, keyedRanges, prepareIndex766, type Index766Period, type Index766Target } from './index766-scope.js';
import { loadProcedureCatalogue, versionsOfUnits } from '../procedures/procedure-version-cache.js';

export type ComputeIndex766Options = {
  /** Who asks: an officer role; the unit must be inside their scope. */
  actor: Actor;
  /** The unit's code (or id), as valid on `to`. */
  unit: string;
  /** Local (UTC+7) dates, both inclusive; at most 5 years apart. */
  from: string;
  to: string;
};

export type Index766UnitResult = {
  id: string; code: string; name: string; nameEn: string | null; level: OrgLevel;
  /** 'self' = the unit asked for (not ranked); 'child' = ranked among the children of the same level. */
  role: 'self' | 'child';
  score: UnitScore;
  rank: number | null;
  previousTotal: number;
  previousRank: number | null;
  rankChange: number | null;
};

export type Index766Result = {
  unit: { id: string; code: string; name: string };
  period: { from: LocalDate; to: LocalDate };
  previous: { from: LocalDate; to: LocalDate };
  definition: Pick<Index766Definition, 'id' | 'validFrom' | 'source' | 'naPolicy'>;
  units: Index766UnitResult[];
};

/**
 * The Decision 766/QĐ-TTg index of a unit and of its direct departments, districts and communes for a period, each
 * with its roll-up (merged predecessors), ranked among units of the same level, with the rank change against the
 * previous period of the same length (scored with the same weight table, the one in force on `to`).
 */
export async function computeIndex766(ctx: AppContext, o: ComputeIndex766Options): Promise<Index766Result> {
  const prepared = await prepareIndex766(ctx, o);
  const { history, unit, period, previous, today } = prepared;
  const targets = index766Targets(history, unit, period.to, true);
  const definition = definitionOn(period.to);
  const { calendar } = await loadWorkingCalendar(ctx);
  const allMembers = [...new Set(targets.flatMap((t) => [...t.memberIds]))];
  const versions = versionsOfUnits(await loadProcedureCatalogue(ctx), allMembers);
  const current = await scorePeriod(ctx, history, targets, period, today, definition, calendar, versions);
  const before = await scorePeriod(ctx, history, targets, previous, today, definition, calendar, versions);
  const rankNow = rankWithinLevels(targets, current);
  const rankBefore = rankWithinLevels(targets, before);
  return {
    unit: { id: unit.id, code: unit.code, name: targets[0].name },
    period: { from: period.from, to: period.to },
    previous: { from: previous.from, to: previous.to },
    definition: { id: definition.id, validFrom: definition.validFrom, source: definition.source, naPolicy: definition.naPolicy },
    units: targets.map((t) => {
      const rank = rankNow.get(t.unit.id) ?? null;
      const previousRank = rankBefore.get(t.unit.id) ?? null;
      return {
        id: t.unit.id, code: t.unit.code, name: t.name, nameEn: t.nameEn, level: t.unit.level, role: t.role,
        score: current.get(t.unit.id)!, rank, previousTotal: before.get(t.unit.id)!.total, previousRank, rankChange: rankChange(previousRank, rank),
      };
    }),
  };
}

/** Scores every target for one period from the rollups and the catalogue. */
export async function scorePeriod(ctx: AppContext, history: OrgHistory, targets: Index766Target[], period: Index766Period, today: LocalDate,
  definition: Index766Definition, calendar: WorkingCalendar, versions: ProcedureVersion[]): Promise<Map<string, UnitScore>> {
  const repository = index766Repository(ctx.db.orm);
  const ranges = keyedRanges(history, targets, period);
  const counters = await repository.sumCounters(ranges);
  const open = await repository.openCounts(ranges, period.toDay);
  const multi = await repository.multiSupplementOnTime(ranges, period.toDay);
  const online = await repository.procedureCodesWith(ranges, 'online');
  const paid = await repository.procedureCodesWith(ranges, 'paid_online');
  // Versions by competent unit, once: a commune procedure lists every commune (hundreds of units).
  const byUnit = new Map<string, ProcedureVersion[]>();
  for (const v of versions) for (const u of v.competentUnitIds) (byUnit.get(u) ?? byUnit.set(u, []).get(u)!).push(v);
  const versionsOf = (t: Index766Target) => {
    const seen = new Set<ProcedureVersion>();
    for (const id of t.memberIds) for (const v of byUnit.get(id) ?? []) seen.add(v);
    return versions.filter((v) => seen.has(v));
  };
  const memo = new Map();
  const out = new Map<string, UnitScore>();
  for (const t of targets) {
    const id = t.unit.id;
    const openNow = open.get(id) ?? { within: 0, overdue: 0 };
    out.set(id, computeUnitIndex({
      definition, from: period.from, to: period.to, asOf: period.to < today ? period.to : today, calendar,
      versions: versionsOf(t),
      figures: { counters: counters.get(id)!, openWithin: openNow.within, openOverdue: openNow.overdue, multiSupplementOnTime: multi.get(id) ?? 0 },
      codesWithOnlineDossiers: online.get(id) ?? new Set(), codesPaidOnline: paid.get(id) ?? new Set(), memo,
    }));
  }
  return out;
}

/** Competition ranks of the children, among those of the same level with something to score; the unit asked for is not ranked. */
export function rankWithinLevels(targets: Index766Target[], scores: Map<string, UnitScore>): Map<string, number> {
  const out = new Map<string, number>();
  const levels = new Set(targets.filter((t) => t.role === 'child').map((t) => t.unit.level));
  for (const level of levels) {
    // A unit with nothing to score (every sub-index N/A: no procedures, no dossiers) is listed but not ranked.
    const peers = targets.filter((t) => t.role === 'child' && t.unit.level === level && scores.get(t.unit.id)!.totalMax > 0).map((t) => ({ key: t.unit.id, total: scores.get(t.unit.id)!.total }));
    for (const [key, rank] of rankByTotal(peers)) out.set(key, rank);
  }
  return out;
}
