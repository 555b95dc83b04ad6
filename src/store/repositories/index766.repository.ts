import type { DossierSubIndex } from '../../domain/index766/dossier-measures.js';
import type { EndClass, EndKind } from '../../domain/statistics/dossier-fact.js';
import { COUNTER_NAMES, emptyCounters, type CounterName, type Counters } from '../../domain/statistics/fact-counters.js';
import type { OpenState } from '../../domain/statistics/open-spans.js';
import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import { monthOfDay, periodPieces } from '../../domain/statistics/period-pieces.js';
import { rows, sql, type Executor } from '../db.js';
import { procedureRepository } from './procedure.repository.js';

/** Local epoch days [fromDay, toDay] (inclusive) of one unit's statistics that count toward the target `key`. */
export type KeyedRange = { key: string; unitId: string; fromDay: number; toDay: number };

/** One dossier behind a Decision 766 cell, as stat_dossier_facts holds it, with its code, procedure and open state on the last day. */
export type CellDossierRow = {
  dossierId: string; code: string; procedureCode: string; procedureName: string;
  receivedDay: number | null; dueDay: number | null; endDay: number | null; endKind: EndKind | null; endClass: EndClass | null;
  online: boolean; paperResult: boolean; hasElectronicResult: boolean; hasDigitised: boolean; hasReused: boolean; hasFee: boolean; paidOnline: boolean;
  supplementCount: number; openState: OpenState | null; inNumerator: boolean;
};

const snake = (n: string) => n.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const COLUMNS = COUNTER_NAMES.map(snake);

/** Splits days [a, b] into runs of whole calendar months (stat_monthly keys year*12+month-1) and loose days (stat_daily), in order. */
export function monthSegments(a: number, b: number): Array<{ monthly: boolean; from: number; to: number }> {
  const { months, days } = periodPieces(a, b);
  const loose = days.map(([from, to]) => ({ monthly: false, from, to }));
  if (!months) return loose;
  const whole = { monthly: true, from: months[0], to: months[1] };
  return loose.length > 0 && monthOfDay(loose[0].from) < months[0] ? [loose[0], whole, ...loose.slice(1)] : [whole, ...loose];
}

type IndexedRange = { i: number; u: string; a: number; b: number };

/**
 * The distinct (unit, days) ranges, numbered, and the keys each counts toward: a unit read for the target asked for
 * and again for itself as a ranked child (the province and its departments and communes) is read once.
 */
function distinctRanges(ranges: KeyedRange[]): { list: IndexedRange[]; keys: string[][] } {
  const index = new Map<string, number>();
  const list: IndexedRange[] = [];
  const keys: string[][] = [];
  for (const r of ranges) {
    const id = `${r.unitId}|${r.fromDay}|${r.toDay}`;
    let i = index.get(id);
    if (i === undefined) {
      index.set(id, (i = list.length));
      list.push({ i, u: r.unitId, a: r.fromDay, b: r.toDay });
      keys.push([]);
    }
    if (!keys[i].includes(r.key)) keys[i].push(r.key);
  }
  return { list, keys };
}

const R = (list: IndexedRange[]) => sql`r as (select * from json_to_recordset(${JSON.stringify(list)}::json) as r(i int, u uuid, a int, b int))`;

/** Numerator predicate and denominator population of the dossier sub-indices, over `f` (facts) and `open_state` (state on the last day). */
const CELL: Record<DossierSubIndex, { population: string; numerator: string; byReceipt: boolean }> = {
  '2.1': { population: 'true', numerator: `((f.open_state is null and f.end_class in ('early', 'on_time')) or f.open_state = 'within') and f.supplement_count <= 1`, byReceipt: false },
  '3.3': { population: 'true', numerator: 'f.online and (not f.paper_result or f.has_electronic_result)', byReceipt: true },
  '3.6': { population: 'f.has_fee', numerator: 'f.paid_online', byReceipt: true },
  '4.1': { population: 'f.paper_result', numerator: 'f.has_electronic_result', byReceipt: true },
  '4.2': { population: 'true', numerator: 'f.has_digitised and (not f.paper_result or f.has_electronic_result)', byReceipt: true },
  '4.3': { population: 'true', numerator: 'f.has_reused', byReceipt: true },
};

/** SQL for the Decision 766 index: period sums of the statistics rollups, open counts, fact look-ups and the catalogue. No rules. */
export const index766Repository = (ex: Executor) => ({
  /** Counters summed per key over the ranges, whole months from stat_monthly and the rest from stat_daily. */
  async sumCounters(ranges: KeyedRange[]): Promise<Map<string, Counters>> {
    const out = new Map<string, Counters>(ranges.map((r) => [r.key, emptyCounters()]));
    const { list, keys } = distinctRanges(ranges);
    const segments = list.flatMap((r) => monthSegments(r.a, r.b).map((s) => ({ i: r.i, u: r.u, m: s.monthly, a: s.from, b: s.to })));
    if (segments.length === 0) return out;
    const columns = (alias: string) => sql.raw(COLUMNS.map((c) => `${alias}.${c}`).join(', '));
    const sums = sql.raw(COLUMNS.map((c) => `sum(x.${c})::int as ${c}`).join(', '));
    // LATERAL … OFFSET 0: one index range per segment. json_to_recordset gives the planner no row estimate and a plain
    // LATERAL is flattened into a join; the planner then hashed whole tables (PGlite's PostgreSQL 18 at 1M dossiers).
    // Every query below keeps its per-range subquery the same way.
    const result = await rows<Record<string, number>>(ex, sql`with s as (select * from json_to_recordset(${JSON.stringify(segments)}::json) as s(i int, u uuid, m boolean, a int, b int))
      select s.i, ${sums} from s cross join lateral (
        select ${columns('d')} from stat_daily d where not s.m and d.unit_id = s.u and d.day between s.a and s.b
        union all
        select ${columns('m')} from stat_monthly m where s.m and m.unit_id = s.u and m.month between s.a and s.b
        offset 0
      ) x group by s.i`);
    for (const r of result) {
      for (const key of keys[r.i]) {
        const c = out.get(key)!;
        COUNTER_NAMES.forEach((n: CounterName, k) => { c[n] += Number(r[COLUMNS[k]] ?? 0); });
      }
    }
    return out;
  },

  /**
   * Dossiers open at the end of local day `day` per key, by state, and of those within the deadline the ones with more
   * than one supplement request (the spans' flag; only ranges that contain the day).
   */
  async openCounts(ranges: KeyedRange[], day: number): Promise<Map<string, { within: number; overdue: number; withinMultiSupplement: number }>> {
    const out = new Map(ranges.map((r) => [r.key, { within: 0, overdue: 0, withinMultiSupplement: 0 }]));
    const { list, keys } = distinctRanges(ranges.filter((r) => r.fromDay <= day && day <= r.toDay));
    if (list.length === 0) return out;
    const result = await rows<{ i: number; within: number; overdue: number; multi: number }>(ex, sql`with ${R(list)}
      select r.i, count(*) filter (where x.state = 'within')::int as within, count(*) filter (where x.state = 'overdue')::int as overdue,
        count(*) filter (where x.state = 'within' and x.multi_supplement)::int as multi
      from r cross join lateral (
        select s.state, s.multi_supplement from stat_open_spans s where s.unit_id = r.u and s.to_day >= ${day} and s.from_day <= ${day} offset 0) x
      group by r.i`);
    for (const r of result) {
      for (const key of keys[r.i]) {
        const o = out.get(key)!;
        o.within += Number(r.within); o.overdue += Number(r.overdue); o.withinMultiSupplement += Number(r.multi);
      }
    }
    return out;
  },

  /** Per key, the procedure codes with at least one dossier received within the ranges that was online (`online`) or paid online (`paid_online`). */
  async procedureCodesWith(ranges: KeyedRange[], flag: 'online' | 'paid_online'): Promise<Map<string, Set<string>>> {
    const out = new Map(ranges.map((r) => [r.key, new Set<string>()]));
    const { list, keys } = distinctRanges(ranges);
    if (list.length === 0) return out;
    // Index-only scans of the partial indexes of online / paid-online facts (migration 0010), one range per unit.
    const result = await rows<{ i: number; procedure_code: string }>(ex, sql`with ${R(list)}
      select distinct r.i, x.procedure_code from r cross join lateral (
        select f.procedure_code from stat_dossier_facts f where f.unit_id = r.u and f.received_day between r.a and r.b and f.counted
          and ${sql.raw(flag === 'online' ? 'f.online' : 'f.paid_online')} offset 0) x`);
    for (const r of result) for (const key of keys[r.i]) out.get(key)!.add(r.procedure_code);
    return out;
  },

  /**
   * One page of the dossiers in the denominator of a dossier sub-index for one target (ranges of a single key): the
   * ones outside the numerator first, then by receipt day and code; with the population size and numerator count.
   */
  async cellDossiers(subIndex: DossierSubIndex, ranges: KeyedRange[], day: number, limit: number, offset: number): Promise<{ rows: CellDossierRow[]; total: number; numerator: number }> {
    if (ranges.length === 0) return { rows: [], total: 0, numerator: 0 };
    const cell = CELL[subIndex];
    const base = cell.byReceipt
      ? sql`select f.*, null::text as open_state from stat_dossier_facts f where f.counted and exists (select 1 from r where r.u = f.unit_id and f.received_day between r.a and r.b)`
      : sql`select f.*, null::text as open_state from stat_dossier_facts f where f.counted and exists (select 1 from r where r.u = f.unit_id and f.end_day between r.a and r.b)
          union all
          select f.*, s.state as open_state from r join stat_open_spans s on s.unit_id = r.u and s.from_day <= ${day} and s.to_day >= ${day}
          join stat_dossier_facts f on f.dossier_id = s.dossier_id where ${day} between r.a and r.b`;
    const cte = sql`with ${R(distinctRanges(ranges).list)}, b as (${base}), f as (select * from b f where ${sql.raw(cell.population)}),
      c as (select f.*, (${sql.raw(cell.numerator)}) as in_numerator from f)`;
    const counts = await rows<{ total: number; numerator: number }>(ex, sql`${cte} select count(*)::int as total, count(*) filter (where in_numerator)::int as numerator from c`);
    const page = await rows<Record<string, unknown>>(ex, sql`${cte}
      select c.*, d.code, v.name as procedure_name from c join dossiers d on d.id = c.dossier_id join procedure_versions v on v.id = d.procedure_version_id
      order by c.in_numerator, c.received_day, d.code limit ${limit} offset ${offset}`);
    return {
      total: counts[0]?.total ?? 0, numerator: counts[0]?.numerator ?? 0,
      rows: page.map((r) => ({
        dossierId: r.dossier_id as string, code: r.code as string, procedureCode: r.procedure_code as string, procedureName: r.procedure_name as string,
        receivedDay: r.received_day as number | null, dueDay: r.due_day as number | null, endDay: r.end_day as number | null,
        endKind: r.end_kind as EndKind | null, endClass: r.end_class as EndClass | null, online: r.online as boolean, paperResult: r.paper_result as boolean,
        hasElectronicResult: r.has_electronic_result as boolean, hasDigitised: r.has_digitised as boolean, hasReused: r.has_reused as boolean,
        hasFee: r.has_fee as boolean, paidOnline: r.paid_online as boolean, supplementCount: r.supplement_count as number,
        openState: r.open_state as OpenState | null, inNumerator: r.in_numerator as boolean,
      })),
    };
  },
});
