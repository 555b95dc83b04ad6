import { classifyEnd, factOf, type DossierFact } from '../../domain/statistics/dossier-fact.js';
import { COUNTER_NAMES, countersOf, emptyCounters, type Counters } from '../../domain/statistics/fact-counters.js';
import { brokenIdentities, emptyFigures, figuresFrom, tally, II06A_FIGURES, type Ii06aFigures } from '../../domain/statistics/ii06a-row.js';
import { monthOfDay } from '../../domain/statistics/period-pieces.js';
import { classifyForPeriod, spansOfTimeline, timelineFromEvents } from '../../domain/statistics/recount.js';
import { epochDayOfInstant, fromEpochDay } from '../../domain/shared/local-date.js';
import { rows, sql } from '../../store/db.js';
import { statisticsRepository } from '../../store/repositories/statistics.repository.js';
import type { AppContext } from '../app-context.js';
import { openCountsOn } from './build-ii06a-report.js';

export type VerifyRollupsReport = { dossiers: number; dailyRows: number; monthlyRows: number; snapshotDays: number; periods: number; mismatches: string[] };
type Period = { fromDay: number; toDay: number };

const MAX_REPORTED = 50;
/** Index of the first of the sorted `days` on or after `day`. */
function firstAtOrAfter(days: number[], day: number): number {
  let lo = 0; let hi = days.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (days[mid] < day) lo = mid + 1; else hi = mid; }
  return lo;
}

const sameFact = (a: DossierFact, b: DossierFact) => (Object.keys(a) as Array<keyof DossierFact>).every((k) => a[k] === b[k]);

/** Calendar months from the first receipt to today, the whole range, and a Decree 09/2019 window (15th to 14th). */
function defaultPeriods(firstDay: number, today: number): Period[] {
  const periods: Period[] = [{ fromDay: firstDay, toDay: today }];
  const start = new Date(firstDay * 86_400_000);
  for (let m = 0; ; m++) {
    const from = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1) / 86_400_000;
    if (from > today) break;
    periods.push({ fromDay: from, toDay: Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m + 1, 1) / 86_400_000 - 1 });
    periods.push({ fromDay: from + 14, toDay: Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m + 1, 14) / 86_400_000 });
  }
  return periods;
}

/**
 * Recounts every statistic from the dossiers and their event logs and compares it with what the transitions kept:
 * each fact and its open spans, every daily and monthly counter row, every materialised snapshot, and the II.06a
 * figures per field for a set of periods, computed by the reference classification (issue 5: `npm run verify-rollups`).
 */
export async function verifyRollups(ctx: AppContext, o: { pageSize?: number; periods?: Period[] } = {}): Promise<VerifyRollupsReport> {
  const repository = statisticsRepository(ctx.db.orm);
  const today = epochDayOfInstant(ctx.now().getTime());
  const mismatches: string[] = [];
  const miss = (text: string) => { if (mismatches.length < MAX_REPORTED) mismatches.push(text); };
  const first = (await rows<{ d: number | null }>(ctx.db.orm, sql`select min(received_day) as d from stat_dossier_facts where counted`))[0]?.d ?? today;
  const periods = o.periods ?? defaultPeriods(first, today);
  const snapshots = await repository.allSnapshots();
  const expectedDaily = new Map<string, Counters>();
  const expectedMonthly = new Map<string, Counters>();
  const expectedSnapshots = new Map<string, { within: number; overdue: number }>();
  const reference = periods.map(() => new Map<string, Ii06aFigures>());
  const unitIds = new Set<string>();
  const add = (into: Map<string, Counters>, key: string, counts: Partial<Counters>) => {
    const c = into.get(key) ?? into.set(key, emptyCounters()).get(key)!;
    for (const [k, v] of Object.entries(counts)) c[k as keyof Counters] += v;
  };
  let dossiers = 0;
  let after: string | null = null;
  for (;;) {
    const page = await repository.recountPage(after, o.pageSize ?? 2000);
    if (page.length === 0) break;
    after = page[page.length - 1].id;
    const stored = await repository.storedFor(page.map((d) => d.id));
    for (const d of page) {
      dossiers++;
      const fact = factOf(d.input);
      const timeline = timelineFromEvents(d.input.channel, d.events);
      const spans = spansOfTimeline(timeline);
      // The state and the log must tell the same story.
      const endDay = timeline.end ? epochDayOfInstant(timeline.end.at) : null;
      const logClass = timeline.end && endDay !== null ? classifyEnd(timeline.end.kind, endDay, timeline.end.dueAt === null ? null : epochDayOfInstant(timeline.end.dueAt)) : null;
      if ((timeline.receivedAt === null ? null : epochDayOfInstant(timeline.receivedAt)) !== fact.receivedDay || endDay !== fact.endDay || logClass !== fact.endClass
        || (timeline.end?.kind ?? null) !== fact.endKind) miss(`dossier ${d.id}: its state and its event log disagree (received, end or class)`);
      const s = stored.get(d.id);
      if (!s) { if (fact.counted) miss(`dossier ${d.id}: no statistics fact`); }
      else {
        if (!sameFact(s.fact, fact) || s.unitId !== d.unitId || s.fieldCode !== d.fieldCode) miss(`dossier ${d.id}: stored fact differs from the recount`);
        if (JSON.stringify(s.spans) !== JSON.stringify(spans)) miss(`dossier ${d.id}: stored open spans ${JSON.stringify(s.spans)} differ from the log's ${JSON.stringify(spans)}`);
      }
      if (fact.counted) unitIds.add(d.unitId);
      for (const c of countersOf(fact)) {
        add(expectedDaily, `${d.unitId}|${d.fieldCode}|${c.day}`, c.counts);
        add(expectedMonthly, `${d.unitId}|${d.fieldCode}|${monthOfDay(c.day)}`, c.counts);
      }
      // Each span counts on the snapshot days it covers (days sorted: start at the first one in the span).
      for (const span of spans) {
        for (let i = firstAtOrAfter(snapshots.days, span.fromDay); i < snapshots.days.length && snapshots.days[i] <= span.toDay; i++) {
          const key = `${snapshots.days[i]}|${d.unitId}|${d.fieldCode}`;
          const e = expectedSnapshots.get(key) ?? expectedSnapshots.set(key, { within: 0, overdue: 0 }).get(key)!;
          e[span.state]++;
        }
      }
      periods.forEach((p, i) => {
        const c = classifyForPeriod(timeline, p.fromDay, p.toDay);
        if (!c) return;
        const row = reference[i].get(d.fieldCode) ?? reference[i].set(d.fieldCode, emptyFigures()).get(d.fieldCode)!;
        tally(row, c);
      });
    }
  }
  const compareCounters = (name: string, expected: Map<string, Counters>, actual: Map<string, Counters>) => {
    for (const key of new Set([...expected.keys(), ...actual.keys()])) {
      const e = expected.get(key) ?? emptyCounters();
      const a = actual.get(key) ?? emptyCounters();
      const wrong = COUNTER_NAMES.filter((n) => e[n] !== a[n]);
      if (wrong.length > 0) miss(`${name} ${key}: ${wrong.map((n) => `${n} kept ${a[n]}, recount ${e[n]}`).join('; ')}`);
    }
  };
  const daily = await repository.allCounters('stat_daily');
  const monthly = await repository.allCounters('stat_monthly');
  const nonZero = (m: Map<string, Counters>) => new Map([...m].filter(([, c]) => COUNTER_NAMES.some((n) => c[n] !== 0)));
  compareCounters('stat_daily', nonZero(expectedDaily), daily);
  compareCounters('stat_monthly', nonZero(expectedMonthly), monthly);
  for (const key of new Set([...expectedSnapshots.keys(), ...snapshots.rows.keys()])) {
    const e = expectedSnapshots.get(key) ?? { within: 0, overdue: 0 };
    const a = snapshots.rows.get(key) ?? { within: 0, overdue: 0 };
    if (e.within !== a.within || e.overdue !== a.overdue) miss(`snapshot ${key}: kept ${a.within}/${a.overdue}, recount ${e.within}/${e.overdue}`);
  }
  for (const id of await repository.spansWithStaleFlag()) miss(`dossier ${id}: open spans flagged for more than one supplement request unlike its fact`);
  // The report read from the rollups equals the reference classification, field by field, for every period.
  const members = [...unitIds];
  for (const [i, p] of periods.entries()) {
    if (members.length === 0) break;
    const counters = await repository.sumCounters(members, p.fromDay, p.toDay);
    const before = await openCountsOn(ctx.db.orm, members, p.fromDay - 1, today);
    const open = await openCountsOn(ctx.db.orm, members, p.toDay, today);
    for (const field of new Set([...reference[i].keys(), ...counters.keys()])) {
      const b = before.get(field); const e = open.get(field);
      const fromRollups = figuresFrom(counters.get(field) ?? emptyCounters(), (b?.within ?? 0) + (b?.overdue ?? 0), e?.within ?? 0, e?.overdue ?? 0);
      const expected = reference[i].get(field) ?? emptyFigures();
      const wrong = II06A_FIGURES.filter((f) => fromRollups[f] !== expected[f]);
      const label = `II.06a ${fromEpochDay(p.fromDay)}…${fromEpochDay(p.toDay)} field ${field}`;
      if (wrong.length > 0) miss(`${label}: ${wrong.map((f) => `${f} ${fromRollups[f]} ≠ recount ${expected[f]}`).join('; ')}`);
      for (const broken of brokenIdentities(fromRollups)) miss(`${label}: identity broken: ${broken}`);
    }
  }
  return { dossiers, dailyRows: daily.size, monthlyRows: monthly.size, snapshotDays: snapshots.days.length, periods: periods.length, mismatches };
}
