import type { Actor } from '../../domain/auth/actor.js';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import { definitionOn, type Index766Definition } from '../../domain/index766/index766-definition.js';
import { rankByTotal, rankChange, type UnitScore, type UnitTotal } from '../../domain/index766/index766-rules.js';
import { computeUnitIndex, computeUnitTotal, type UnitIndexInput } from '../../domain/index766/unit-index.js';
import type { OrgHistory, OrgLevel } from '../../domain/org/org-types.js';
import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import type { LocalDate } from '../../domain/shared/local-date.js';
import { index766Repository } from '../../store/repositories/index766.repository.js';
import type { AppContext } from '../app-context.js';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.js';
import { index766Targets, keyedRanges, prepareIndex766, type Index766Period, type Index766Target } from './index766-scope.js';
import { loadProcedureCatalogue } from '../procedures/procedure-version-cache.js';
import { sharedCatalogueBases, versionsByUnit } from './catalogue-cache.js';

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
  const catalogue = await loadProcedureCatalogue(ctx);
  const current = await scorePeriod(ctx, history, targets, period, today, definition, calendar, catalogue);
  const before = await totalsOfPeriod(ctx, history, targets, previous, today, definition, calendar, catalogue);
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

/** Scores every target for one period from the rollups and the catalogue: every sub-index, group and total. */
export async function scorePeriod(ctx: AppContext, history: OrgHistory, targets: Index766Target[], period: Index766Period, today: LocalDate,
  definition: Index766Definition, calendar: WorkingCalendar, catalogue: ProcedureVersion[]): Promise<Map<string, UnitScore>> {
  const inputOf = await loadPeriodInputs(ctx, history, targets, period, today, definition, calendar, catalogue);
  return new Map(targets.map((t) => [t.unit.id, computeUnitIndex(inputOf(t))]));
}

/** The totals only of every target for one period (ranks of the previous period, history series): the same figures as scorePeriod's. */
export async function totalsOfPeriod(ctx: AppContext, history: OrgHistory, targets: Index766Target[], period: Index766Period, today: LocalDate,
  definition: Index766Definition, calendar: WorkingCalendar, catalogue: ProcedureVersion[]): Promise<Map<string, UnitTotal>> {
  const inputOf = await loadPeriodInputs(ctx, history, targets, period, today, definition, calendar, catalogue);
  return new Map(targets.map((t) => [t.unit.id, computeUnitTotal(inputOf(t))]));
}

/** Reads a period's figures for every target (the four queries at once) and returns each target's scoring input. */
async function loadPeriodInputs(ctx: AppContext, history: OrgHistory, targets: Index766Target[], period: Index766Period, today: LocalDate,
  definition: Index766Definition, calendar: WorkingCalendar, catalogue: ProcedureVersion[]): Promise<(t: Index766Target) => UnitIndexInput> {
  const repository = index766Repository(ctx.db.orm);
  const ranges = keyedRanges(history, targets, period);
  const [counters, open, online, paid] = await Promise.all([
    repository.sumCounters(ranges),
    repository.openCounts(ranges, period.toDay),
    repository.procedureCodesWith(ranges, 'online'),
    repository.procedureCodesWith(ranges, 'paid_online'),
  ]);
  const byUnit = versionsByUnit(catalogue);
  const versionsOf = (t: Index766Target) => {
    if (t.memberIds.size === 1) return byUnit.get(t.memberIds.values().next().value!) ?? [];
    const seen = new Set<ProcedureVersion>();
    for (const id of t.memberIds) for (const v of byUnit.get(id) ?? []) seen.add(v);
    return catalogue.filter((v) => seen.has(v));
  };
  const asOf = period.to < today ? period.to : today;
  const catalogueOf = sharedCatalogueBases(catalogue, calendar, period.from, period.to, asOf);
  return (t) => {
    const id = t.unit.id;
    const openNow = open.get(id) ?? { within: 0, overdue: 0, withinMultiSupplement: 0 };
    const unitVersions = versionsOf(t);
    return {
      definition, from: period.from, to: period.to, asOf, calendar, versions: unitVersions, catalogue: catalogueOf(unitVersions),
      figures: { counters: counters.get(id)!, openWithin: openNow.within, openOverdue: openNow.overdue, openWithinMultiSupplement: openNow.withinMultiSupplement },
      codesWithOnlineDossiers: online.get(id) ?? new Set(), codesPaidOnline: paid.get(id) ?? new Set(),
    };
  };
}

/** Competition ranks of the children, among those of the same level with something to score; the unit asked for is not ranked. */
export function rankWithinLevels(targets: Index766Target[], scores: ReadonlyMap<string, UnitTotal>): Map<string, number> {
  const out = new Map<string, number>();
  const levels = new Set(targets.filter((t) => t.role === 'child').map((t) => t.unit.level));
  for (const level of levels) {
    // A unit with nothing to score (every sub-index N/A: no procedures, no dossiers) is listed but not ranked.
    const peers = targets.filter((t) => t.role === 'child' && t.unit.level === level && scores.get(t.unit.id)!.totalMax > 0).map((t) => ({ key: t.unit.id, total: scores.get(t.unit.id)!.total }));
    for (const [key, rank] of rankByTotal(peers)) out.set(key, rank);
  }
  return out;
}
