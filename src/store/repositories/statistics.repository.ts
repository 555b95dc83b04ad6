import type { DossierFact, DossierFactInput } from '../../domain/statistics/dossier-fact.js';
import { COUNTER_NAMES, type CounterName, type Counters } from '../../domain/statistics/fact-counters.js';
import type { OpenSpan, OpenState } from '../../domain/statistics/open-spans.js';
import type { Ii06aFigure } from '../../domain/statistics/ii06a-row.js';
import { monthOfDay, periodPieces } from '../../domain/statistics/period-pieces.js';
import { one, rows, sql, toIso, type Executor } from '../db.js';

/** Counters of one (unit, field) on one local day, ready to add to stat_daily and stat_monthly. */
export type CounterRow = { unitId: string; fieldCode: string; day: number; counts: Partial<Counters> };
/** A dossier's fact with its keys, as stored in stat_dossier_facts. */
export type StoredFact = { dossierId: string; unitId: string; fieldCode: string; procedureCode: string; fact: DossierFact };
export type StoredSpans = { dossierId: string; unitId: string; fieldCode: string; spans: OpenSpan[] };

const snake = (n: string) => n.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const ms = (v: unknown): number | null => (v === null || v === undefined ? null : Date.parse(toIso(v as string)!));

const factColumns = (f: DossierFact) => ({
  c: f.counted, o: f.online, rd: f.receivedDay, dd: f.dueDay, ed: f.endDay, ek: f.endKind, ec: f.endClass, x: f.extended, w: f.waitingSupplement,
  s: f.supplementCount, dg: f.hasDigitisedComponent, ru: f.hasReusedComponent, er: f.hasElectronicResult, pr: f.paperResult, hf: f.hasFee, po: f.paidOnline,
});

type FactRow = Record<string, unknown>;
const toFact = (r: FactRow): DossierFact => ({
  counted: r.counted as boolean, online: r.online as boolean, receivedDay: r.received_day as number | null, dueDay: r.due_day as number | null,
  endDay: r.end_day as number | null, endKind: r.end_kind as DossierFact['endKind'], endClass: r.end_class as DossierFact['endClass'],
  extended: r.extended as boolean, waitingSupplement: r.waiting_supplement as boolean, supplementCount: r.supplement_count as number,
  hasDigitisedComponent: r.has_digitised as boolean, hasReusedComponent: r.has_reused as boolean, hasElectronicResult: r.has_electronic_result as boolean,
  paperResult: r.paper_result as boolean, hasFee: r.has_fee as boolean, paidOnline: r.paid_online as boolean,
});

/** What a dossier's fact is computed from, selected from `dossiers d join procedure_versions v`. */
const SOURCE_COLUMNS = sql.raw(`d.status, d.outcome, d.channel, d.received_at, d.due_at, d.extended_due_at, d.ended_at, d.supplement_count,
  d.competent_unit_id, d.procedure_code, v.field_code, v.result_type,
  exists (select 1 from jsonb_array_elements(v.fees) x where (x->>'amountVnd')::numeric > 0) as has_fee,
  exists (select 1 from dossier_components c where c.dossier_id = d.id and c.status = 'digitised') as has_digitised,
  exists (select 1 from dossier_components c where c.dossier_id = d.id and c.status = 'reused') as has_reused,
  exists (select 1 from dossier_documents f where f.dossier_id = d.id and f.kind = 'result') as has_electronic_result,
  exists (select 1 from dossier_events e where e.dossier_id = d.id and e.type = 'paid' and e.payload->>'onlineFlag' in ('1', '2')) as paid_online`);

const toInput = (r: FactRow): DossierFactInput => ({
  status: r.status as string, outcome: r.outcome as DossierFactInput['outcome'], channel: r.channel as DossierFactInput['channel'],
  receivedAt: ms(r.received_at), dueAt: ms(r.due_at), extendedDueAt: ms(r.extended_due_at), endedAt: ms(r.ended_at), supplementCount: r.supplement_count as number,
  hasDigitisedComponent: r.has_digitised as boolean, hasReusedComponent: r.has_reused as boolean, hasElectronicResult: r.has_electronic_result as boolean,
  paperResult: r.result_type === 'paper', hasFee: r.has_fee as boolean, paidOnline: r.paid_online as boolean,
});

/** Counter changes merged by (unit, field, key), one JSON record per row with every counter column. */
function mergeCounters(changes: CounterRow[], keyOf: (c: CounterRow) => number): string {
  const byKey = new Map<string, { u: string; f: string; k: number; c: Partial<Counters> }>();
  for (const ch of changes) {
    const k = keyOf(ch);
    const key = `${ch.unitId}|${ch.fieldCode}|${k}`;
    const row = byKey.get(key) ?? byKey.set(key, { u: ch.unitId, f: ch.fieldCode, k, c: {} }).get(key)!;
    for (const [n, v] of Object.entries(ch.counts) as Array<[CounterName, number]>) row.c[n] = (row.c[n] ?? 0) + v;
  }
  return JSON.stringify([...byKey.values()].map((r) => ({ u: r.u, f: r.f, k: r.k, ...Object.fromEntries(COUNTER_NAMES.map((n) => [snake(n), r.c[n] ?? 0])) })));
}

/** SQL for the statistics tables: facts, open spans, counters and snapshots. No rules: the domain computes every value. */
export const statisticsRepository = (ex: Executor) => ({
  /**
   * In one round trip, what a dossier's statistics are recomputed from — its state, procedure version, components,
   * result files and online payments — and what is stored for it: its fact and its open spans.
   */
  async loadForRefresh(dossierId: string): Promise<{
    source: { input: DossierFactInput; unitId: string; fieldCode: string; procedureCode: string };
    stored: { fact: DossierFact; unitId: string; fieldCode: string; spans: OpenSpan[] } | null;
  } | null> {
    const r = await one<FactRow>(ex, sql`select ${SOURCE_COLUMNS},
        (select row_to_json(f) from stat_dossier_facts f where f.dossier_id = d.id) as stored_fact,
        (select json_agg(json_build_array(s.from_day, s.to_day, s.state) order by s.from_day) from stat_open_spans s where s.dossier_id = d.id) as stored_spans
      from dossiers d join procedure_versions v on v.id = d.procedure_version_id where d.id = ${dossierId}`);
    if (!r) return null;
    const json = <T>(v: unknown): T | null => (v === null || v === undefined ? null : (typeof v === 'string' ? JSON.parse(v) : v) as T);
    const storedFact = json<FactRow>(r.stored_fact);
    const storedSpans = json<Array<[number, number, OpenState]>>(r.stored_spans) ?? [];
    return {
      source: {
        unitId: r.competent_unit_id as string, fieldCode: r.field_code as string, procedureCode: r.procedure_code as string,
        input: toInput(r),
      },
      stored: storedFact && {
        fact: toFact(storedFact), unitId: storedFact.unit_id as string, fieldCode: storedFact.field_code as string,
        spans: storedSpans.map(([fromDay, toDay, state]) => ({ fromDay, toDay, state })),
      },
    };
  },
  /**
   * Writes statistics in one statement: upserts the facts, replaces the open spans of the given dossiers (`fresh`:
   * new dossiers, nothing to replace), adds the counter changes to the daily and monthly rollups (merged by key
   * first), and forgets the snapshots from `clearSnapshotsFrom` on (past data was written).
   */
  async write(o: { facts: StoredFact[]; spans: StoredSpans[]; counters: CounterRow[]; fresh?: boolean; clearSnapshotsFrom?: number | null }): Promise<void> {
    const parts: ReturnType<typeof sql>[] = [];
    if (o.facts.length > 0) {
      const doc = JSON.stringify(o.facts.map((f) => ({ i: f.dossierId, u: f.unitId, fc: f.fieldCode, pc: f.procedureCode, ...factColumns(f.fact) })));
      parts.push(sql`facts as (insert into stat_dossier_facts (dossier_id, unit_id, field_code, procedure_code, counted, online, received_day, due_day, end_day, end_kind,
          end_class, extended, waiting_supplement, supplement_count, has_digitised, has_reused, has_electronic_result, paper_result, has_fee, paid_online)
        select i, u, fc, pc, c, o, rd, dd, ed, ek, ec, x, w, s, dg, ru, er, pr, hf, po from json_to_recordset(${doc}::json) as t(i uuid, u uuid, fc text, pc text,
          c boolean, o boolean, rd int, dd int, ed int, ek text, ec text, x boolean, w boolean, s int, dg boolean, ru boolean, er boolean, pr boolean, hf boolean, po boolean)
        on conflict (dossier_id) do update set unit_id = excluded.unit_id, field_code = excluded.field_code, procedure_code = excluded.procedure_code,
          counted = excluded.counted, online = excluded.online, received_day = excluded.received_day, due_day = excluded.due_day, end_day = excluded.end_day,
          end_kind = excluded.end_kind, end_class = excluded.end_class, extended = excluded.extended, waiting_supplement = excluded.waiting_supplement,
          supplement_count = excluded.supplement_count, has_digitised = excluded.has_digitised, has_reused = excluded.has_reused,
          has_electronic_result = excluded.has_electronic_result, paper_result = excluded.paper_result, has_fee = excluded.has_fee, paid_online = excluded.paid_online
        returning 1)`);
    }
    if (o.spans.length > 0 && !o.fresh) {
      // Both statements see the rows as they were before it: the delete removes the old spans only.
      parts.push(sql`old_spans as (delete from stat_open_spans where dossier_id = any(${`{${o.spans.map((s) => s.dossierId).join(',')}}`}::uuid[]) returning 1)`);
    }
    // Each span carries its dossier's "more than one supplement request" flag (Decision 766, 2.1), from the fact written with it.
    const multi = new Map(o.facts.map((f) => [f.dossierId, f.fact.supplementCount > 1]));
    const flat = o.spans.flatMap((s) => {
      const m = multi.get(s.dossierId);
      if (m === undefined) throw new Error(`open spans of dossier ${s.dossierId} written without its fact`);
      return s.spans.map((p) => ({ i: s.dossierId, u: s.unitId, fc: s.fieldCode, f: p.fromDay, t: p.toDay, s: p.state, m }));
    });
    if (flat.length > 0) {
      parts.push(sql`new_spans as (insert into stat_open_spans (dossier_id, unit_id, field_code, from_day, to_day, state, multi_supplement)
        select i, u, fc, f, t, s, m from json_to_recordset(${JSON.stringify(flat)}::json) as t(i uuid, u uuid, fc text, f int, t int, s text, m boolean) returning 1)`);
    }
    if (o.counters.length > 0) {
      const cols = COUNTER_NAMES.map(snake);
      const list = sql.raw(cols.join(', '));
      const types = sql.raw(cols.map((c) => `${c} int`).join(', '));
      for (const [table, keyColumn, keyOf] of [['stat_daily', 'day', (c: CounterRow) => c.day], ['stat_monthly', 'month', (c: CounterRow) => monthOfDay(c.day)]] as const) {
        const updates = sql.raw(cols.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', '));
        parts.push(sql`${sql.raw(table)} as (insert into ${sql.raw(table)} (unit_id, field_code, ${sql.raw(keyColumn)}, ${list})
          select u, f, k, ${list} from json_to_recordset(${mergeCounters(o.counters, keyOf)}::json) as t(u uuid, f text, k int, ${types})
          on conflict (unit_id, field_code, ${sql.raw(keyColumn)}) do update set ${updates} returning 1)`);
      }
    }
    if (o.clearSnapshotsFrom !== undefined && o.clearSnapshotsFrom !== null) {
      parts.push(sql`old_snapshots as (delete from stat_open_snapshots where day >= ${o.clearSnapshotsFrom} returning 1)`);
      parts.push(sql`old_snapshot_days as (delete from stat_snapshot_days where day >= ${o.clearSnapshotsFrom} returning 1)`);
    }
    if (parts.length === 0) return;
    await ex.execute(sql`with ${sql.join(parts, sql`, `)} select 1`);
  },
  /** Sums of the counters per field over the local days [fromDay, toDay]: whole months from stat_monthly, the rest from stat_daily. */
  async sumCounters(unitIds: string[], fromDay: number, toDay: number): Promise<Map<string, Counters>> {
    const { months, days } = periodPieces(fromDay, toDay);
    const units = `{${unitIds.join(',')}}`;
    const sums = sql.raw(COUNTER_NAMES.map((n) => `sum(${snake(n)})::int as ${snake(n)}`).join(', '));
    const parts = [];
    if (months) parts.push(sql`select field_code, ${sums} from stat_monthly where unit_id = any(${units}::uuid[]) and month between ${months[0]} and ${months[1]} group by field_code`);
    for (const [a, b] of days) parts.push(sql`select field_code, ${sums} from stat_daily where unit_id = any(${units}::uuid[]) and day between ${a} and ${b} group by field_code`);
    const out = new Map<string, Counters>();
    for (const part of parts) {
      for (const r of await rows<Record<string, unknown>>(ex, part)) {
        const c = out.get(r.field_code as string) ?? (Object.fromEntries(COUNTER_NAMES.map((n) => [n, 0])) as Counters);
        for (const n of COUNTER_NAMES) c[n] += Number(r[snake(n)] ?? 0);
        out.set(r.field_code as string, c);
      }
    }
    return out;
  },
  /** Whether the open counts of a past local day are materialised. */
  async hasSnapshot(day: number): Promise<boolean> {
    return (await rows(ex, sql`select 1 from stat_snapshot_days where day = ${day}`)).length > 0;
  },
  /** Materialises the open counts of every local day in [fromDay, toDay] lacking a snapshot, in one set-based statement. */
  async takeSnapshots(fromDay: number, toDay: number): Promise<void> {
    await ex.execute(sql`with missing as (
        select d::int as day from generate_series(${fromDay}::int, ${toDay}::int) d where not exists (select 1 from stat_snapshot_days k where k.day = d)
      ), bounds as (select min(day) as lo, max(day) as hi from missing)
      insert into stat_open_snapshots (day, unit_id, field_code, within, overdue)
      select m.day, s.unit_id, s.field_code, count(*) filter (where s.state = 'within')::int, count(*) filter (where s.state = 'overdue')::int
      from bounds b join stat_open_spans s on s.to_day >= b.lo and s.from_day <= b.hi
      join lateral generate_series(greatest(s.from_day, b.lo), least(s.to_day, b.hi)) g(day) on true
      join missing m on m.day = g.day
      group by m.day, s.unit_id, s.field_code
      on conflict do nothing`);
    await ex.execute(sql`insert into stat_snapshot_days (day) select d::int from generate_series(${fromDay}::int, ${toDay}::int) d on conflict do nothing`);
  },
  /** Open dossiers per field at the end of a local day: from its snapshot, or from the open spans (today and later). */
  async openCounts(unitIds: string[], day: number, fromSnapshot: boolean): Promise<Map<string, { within: number; overdue: number }>> {
    const units = `{${unitIds.join(',')}}`;
    const result = fromSnapshot
      ? await rows<{ field_code: string; within: number; overdue: number }>(ex, sql`select field_code, sum(within)::int as within, sum(overdue)::int as overdue
          from stat_open_snapshots where day = ${day} and unit_id = any(${units}::uuid[]) group by field_code`)
      : await rows<{ field_code: string; within: number; overdue: number }>(ex, sql`select field_code, count(*) filter (where state = 'within')::int as within,
          count(*) filter (where state = 'overdue')::int as overdue from stat_open_spans
          where to_day >= ${day} and from_day <= ${day} and unit_id = any(${units}::uuid[]) group by field_code`);
    return new Map(result.map((r) => [r.field_code, { within: r.within, overdue: r.overdue }]));
  },
  /**
   * The dossiers behind one II.06a figure (paged), with the dates the rule compared. Each figure's condition restates
   * the counters' definition over the facts; a test proves cell totals equal the report.
   */
  async cellDossiers(o: { unitIds: string[]; fieldCode: string | null; figure: Ii06aFigure; fromDay: number; toDay: number; limit: number; offset: number }) {
    const { fromDay: a, toDay: b } = o;
    const open = (state: string | null) => sql`f.received_day <= ${b} and (f.end_day is null or f.end_day > ${b})${state
      ? sql` and exists (select 1 from stat_open_spans s where s.dossier_id = f.dossier_id and s.from_day <= ${b} and s.to_day >= ${b} and s.state = ${state})` : sql``}`;
    const ended = (extra: ReturnType<typeof sql> | null) => sql`f.end_day between ${a} and ${b}${extra ? sql` and ${extra}` : sql``}`;
    const conditions: Record<Ii06aFigure, ReturnType<typeof sql>> = {
      received: sql`f.received_day <= ${b} and (f.end_day is null or f.end_day >= ${a})`,
      receivedOnline: sql`f.received_day between ${a} and ${b} and f.online`,
      receivedInPersonOrPostal: sql`f.received_day between ${a} and ${b} and not f.online`,
      carriedOver: sql`f.received_day < ${a} and (f.end_day is null or f.end_day >= ${a})`,
      resolved: ended(null),
      resolvedEarly: ended(sql`f.end_class = 'early'`),
      resolvedOnTime: ended(sql`f.end_class = 'on_time'`),
      resolvedLate: ended(sql`f.end_class = 'late'`),
      inProgress: open(null),
      inProgressWithinDeadline: open('within'),
      inProgressOverdue: open('overdue'),
      withdrawn: ended(sql`f.end_kind = 'withdrawn'`),
      refused: ended(sql`f.end_kind = 'refused'`),
      lateWithApology: ended(sql`f.end_class = 'late' and f.extended`),
      lateWithoutApology: ended(sql`f.end_class = 'late' and not f.extended`),
    };
    const where = sql`f.counted and f.unit_id = any(${`{${o.unitIds.join(',')}}`}::uuid[])${o.fieldCode ? sql` and f.field_code = ${o.fieldCode}` : sql``} and ${conditions[o.figure]}`;
    const total = (await one<{ n: number }>(ex, sql`select count(*)::int as n from stat_dossier_facts f where ${where}`))!.n;
    const items = await rows<Record<string, unknown>>(ex, sql`select d.id, d.code, d.procedure_code, d.channel, d.status, d.received_at, d.due_at, d.extended_due_at, d.ended_at,
        f.unit_id, f.field_code, f.received_day, f.due_day, f.end_day, f.end_kind, f.end_class, f.extended, f.waiting_supplement,
        (select s.state from stat_open_spans s where s.dossier_id = f.dossier_id and s.from_day <= ${b} and s.to_day >= ${b} limit 1) as state_at_end
      from stat_dossier_facts f join dossiers d on d.id = f.dossier_id where ${where}
      order by f.received_day, d.code limit ${o.limit} offset ${o.offset}`);
    return { total, items };
  },
  /** A page of dossiers (by id) with everything the recount reads: state, procedure, flags and the event log in order. */
  async recountPage(afterId: string | null, limit: number): Promise<Array<{ id: string; unitId: string; fieldCode: string; procedureCode: string; input: DossierFactInput; events: Array<{ type: string; at: number; statusAfter: string; payload: Record<string, unknown> }> }>> {
    const result = await rows<Record<string, unknown>>(ex, sql`select d.id, ${SOURCE_COLUMNS},
        (select json_agg(json_build_object('type', e.type, 'at', (extract(epoch from e.at) * 1000)::float8, 'statusAfter', e.status_after, 'payload', e.payload) order by e.seq)
          from dossier_events e where e.dossier_id = d.id) as events
      from dossiers d join procedure_versions v on v.id = d.procedure_version_id
      where ${afterId === null ? sql`true` : sql`d.id > ${afterId}`} order by d.id limit ${limit}`);
    return result.map((r) => ({
      id: r.id as string, unitId: r.competent_unit_id as string, fieldCode: r.field_code as string, procedureCode: r.procedure_code as string,
      events: ((typeof r.events === 'string' ? JSON.parse(r.events) : r.events) ?? []) as Array<{ type: string; at: number; statusAfter: string; payload: Record<string, unknown> }>,
      input: toInput(r),
    }));
  },
  /** Stored facts and spans of the given dossiers. */
  async storedFor(ids: string[]): Promise<Map<string, { fact: DossierFact; unitId: string; fieldCode: string; spans: OpenSpan[] }>> {
    const list = `{${ids.join(',')}}`;
    const facts = await rows<FactRow>(ex, sql`select * from stat_dossier_facts where dossier_id = any(${list}::uuid[])`);
    const spans = await rows<{ dossier_id: string; from_day: number; to_day: number; state: OpenState }>(ex, sql`select dossier_id, from_day, to_day, state from stat_open_spans where dossier_id = any(${list}::uuid[]) order by dossier_id, from_day`);
    const out = new Map(facts.map((f) => [f.dossier_id as string, { fact: toFact(f), unitId: f.unit_id as string, fieldCode: f.field_code as string, spans: [] as OpenSpan[] }]));
    for (const s of spans) out.get(s.dossier_id)?.spans.push({ fromDay: s.from_day, toDay: s.to_day, state: s.state });
    return out;
  },
  /** Open spans whose "more than one supplement request" flag differs from their dossier's fact (none when exact). */
  async spansWithStaleFlag(): Promise<string[]> {
    return (await rows<{ id: string }>(ex, sql`select distinct s.dossier_id as id from stat_open_spans s join stat_dossier_facts f on f.dossier_id = s.dossier_id
      where s.multi_supplement <> (f.supplement_count > 1) limit 20`)).map((r) => r.id);
  },
  /** Every non-zero counter row of a rollup table, keyed "unit|field|day-or-month". */
  async allCounters(table: 'stat_daily' | 'stat_monthly'): Promise<Map<string, Counters>> {
    const key = table === 'stat_daily' ? 'day' : 'month';
    const result = await rows<Record<string, unknown>>(ex, sql`select * from ${sql.raw(table)}`);
    const out = new Map<string, Counters>();
    for (const r of result) {
      const c = Object.fromEntries(COUNTER_NAMES.map((n) => [n, Number(r[snake(n)])])) as Counters;
      if (COUNTER_NAMES.some((n) => c[n] !== 0)) out.set(`${r.unit_id}|${r.field_code}|${r[key]}`, c);
    }
    return out;
  },
  /** Every materialised snapshot row, keyed "day|unit|field". */
  async allSnapshots(): Promise<{ days: number[]; rows: Map<string, { within: number; overdue: number }> }> {
    const days = (await rows<{ day: number }>(ex, sql`select day from stat_snapshot_days order by day`)).map((r) => r.day);
    const result = await rows<{ day: number; unit_id: string; field_code: string; within: number; overdue: number }>(ex, sql`select * from stat_open_snapshots`);
    return { days, rows: new Map(result.filter((r) => r.within + r.overdue > 0).map((r) => [`${r.day}|${r.unit_id}|${r.field_code}`, { within: r.within, overdue: r.overdue }])) };
  },
});
