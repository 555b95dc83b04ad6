/**
 * Issue 5 statistics: form II.06a from the rollups, import throughput with the rollups written, live transitions with the
 * rollups kept exact, and the embedded process's memory — on PostgreSQL and PGlite, against a reference measured in the
 * same run (bench/README.md). Data: a synthetic province of 250 agencies and 1,800 procedures in 40 fields
 * (bench/province-year.ts), N dossiers received 2025-01-01 → "now" 2025-12-20 10:00 (UTC+7), ~8 events each, loaded
 * through the real import (importDossiers).
 *
 *   npx tsx bench/statistics.bench.ts [100000[,300000]] [--stores=postgresql,pglite] [--runs=20] [--transitions=3000]
 *                                    [--verify=5000] [--pglite=disk|memory] [--explain] [--keep]
 *
 * 1. Reference: the II.06a totals computed by a plain loop over typed arrays (one Int32Array per column) built from the
 *    same lines with the same rules (timelineFromEvents, classifyEnd, openStateOn); the database report must equal it
 *    field by field (the bench aborts otherwise).
 * 2. buildIi06aReport, province and one department, for the calendar year (to date: the end projected from the open
 *    spans), Q3 and the Decree 09 quarter window 15 Sep → 14 Dec: the first run (it may materialise snapshots) and the
 *    median of the warm runs, as a ratio to the reference.
 * 3. Import throughput (importDossiers, batches of 2,000, one transaction each) with progress, and where the database
 *    time goes per statement.
 * 4. Live transitions (actOnDossier: resolved / supplement requested / withdrawn on open dossiers), 8 at a time on
 *    PostgreSQL (pool of 10), one at a time on PGlite (one connection); then verifyRollups on a small database after
 *    the same kind of transitions.
 * 5. PGlite: process RSS after the import, the reports and the transitions, the bench's own data released, after a GC.
 *
 * PostgreSQL: DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres; the bench creates bench_stats_<pid> and drops it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import { createAppContext, type AppContext } from '../src/app/app-context';
import { actOnDossier } from '../src/app/dossiers/act-on-dossier';
import { importDossiers } from '../src/app/dossiers/import-dossiers';
import { loadImportCatalogue, type ImportCatalogue } from '../src/app/dossiers/load-import-catalogue';
import { loadWorkingCalendar } from '../src/app/calendar/load-working-calendar';
import { loadOrgHistory } from '../src/app/org/load-org-history';
import { readShippedSchedules } from '../src/app/seed/load-calendar-schedules';
import { bootstrap } from '../src/app/seed/bootstrap';
import { buildIi06aReport } from '../src/app/statistics/build-ii06a-report';
import { computeIndex766 } from '../src/app/index766/compute-index766';
import { verifyRollups } from '../src/app/statistics/verify-rollups';
import { SYSTEM_ACTOR, type Actor } from '../src/domain/auth/actor';
import type { DossierActionType } from '../src/domain/dossiers/dossier-actions';
import { parseLegacyLine } from '../src/domain/dossiers/parse-legacy-line';
import { replayLegacyDossier } from '../src/domain/dossiers/replay-legacy-dossier';
import { resolveLegacyLine } from '../src/domain/dossiers/resolve-legacy-line';
import { findByCodeOn } from '../src/domain/org/org-queries';
import { rollupMembers } from '../src/domain/org/rollup-members';
import { classifyEnd } from '../src/domain/statistics/dossier-fact';
import type { Ii06aReport } from '../src/domain/statistics/ii06a-report';
import { emptyFigures, II06A_FIGURES, type Ii06aFigures } from '../src/domain/statistics/ii06a-row';
import { timelineFromEvents } from '../src/domain/statistics/recount';
import { epochDayOfInstant, instantToLocal, toEpochDay, type LocalDate } from '../src/domain/shared/local-date';
import { migrate } from '../src/store/migrate';
import { openDatabase, rows, sql, type Db, type Executor } from '../src/store/db';
import { benchOrgDataset, benchProcedureDataset, departmentCode, PROVINCE, provinceYearLines } from './province-year';

// ---------------------------------------------------------------------------------------------------------------- options
const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flag = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const SIZES = (positional[0] ?? '100000').split(',').map(Number);
let STORES = flag('stores', 'postgresql,pglite').split(',') as Array<'postgresql' | 'pglite'>;
const RUNS = Number(flag('runs', '20'));
const TRANSITIONS = Number(flag('transitions', '3000'));
const VERIFY = Number(flag('verify', '5000'));
const PGLITE_DIR = flag('pglite', 'disk');
const EXPLAIN = process.argv.includes('--explain');
/** --keep: leave the PostgreSQL database / the PGlite folder in place at the end (to EXPLAIN statements, or measure a fresh process on them). */
const KEEP = process.argv.includes('--keep');
const PG_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PG_NAME = `bench_stats_${process.pid}`;
const NOW = new Date('2025-12-20T03:00:00Z'); // 10:00 in Vietnam
const RANGE = { from: '2025-01-01', to: '2025-12-20', seed: 5 };
const DEPARTMENT = departmentCode(1);
const PERIODS: Array<{ name: string; from: LocalDate; to: LocalDate }> = [
  { name: 'year 2025 (to date)', from: '2025-01-01', to: '2025-12-31' },
  { name: 'Q3 2025', from: '2025-07-01', to: '2025-09-30' },
  { name: 'Decree 09 Q4 window', from: '2025-09-15', to: '2025-12-14' },
];

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const mb = (bytes: number) => `${fmt(bytes / 2 ** 20)} MB`;
const log = (text: string) => console.log(text);

// ------------------------------------------------------------------------------------------- lines held as UTF-8 chunks
/** The NDJSON kept as UTF-8 buffers of 10,000 lines (as a file would be read), so 1M lines do not fill the JS heap. */
class Lines implements Iterable<string> {
  chunks: Buffer[] = [];
  count = 0;
  bytes = 0;
  private pending: string[] = [];
  push(line: string) { this.pending.push(line); this.count++; if (this.pending.length === 10_000) this.seal(); }
  seal() { if (!this.pending.length) return; const b = Buffer.from(this.pending.join('\n'), 'utf8'); this.chunks.push(b); this.bytes += b.length + 1; this.pending = []; }
  *[Symbol.iterator](): Iterator<string> { for (const c of this.chunks) yield* c.toString('utf8').split('\n'); }
}

// --------------------------------------------------------------------------------------------- the in-memory reference
const NONE = 2_147_483_647;
const KIND = { resolved: 0, refused: 1, stopped: 2, withdrawn: 3 } as const;
const CLASS = { early: 0, on_time: 1, late: 2 } as const;

/** One typed array per column; the open-state changes of each dossier (day, appointment day, waiting) flattened. */
type Columns = {
  n: number; unitCodes: string[]; fieldCodes: string[];
  unit: Int32Array; field: Int32Array; received: Int32Array; end: Int32Array; endClass: Int8Array; endKind: Int8Array; extended: Uint8Array; online: Uint8Array;
  stateStart: Int32Array; stateDay: Int32Array; stateDue: Int32Array; stateWaiting: Uint8Array;
};

/** Parse → resolve → replay each line as the import does, then its timeline (recount.ts) into the columns. */
function buildColumns(lines: Lines, catalogue: ImportCatalogue): Columns {
  const n = lines.count;
  const c: Columns = {
    n, unitCodes: [], fieldCodes: [], unit: new Int32Array(n), field: new Int32Array(n), received: new Int32Array(n), end: new Int32Array(n),
    endClass: new Int8Array(n), endKind: new Int8Array(n), extended: new Uint8Array(n), online: new Uint8Array(n),
    stateStart: new Int32Array(n + 1), stateDay: new Int32Array(n * 8), stateDue: new Int32Array(n * 8), stateWaiting: new Uint8Array(n * 8),
  };
  const unitIndex = new Map<string, number>();
  const fieldIndex = new Map<string, number>();
  const indexOf = (map: Map<string, number>, list: string[], key: string) => { let i = map.get(key); if (i === undefined) { i = list.length; list.push(key); map.set(key, i); } return i; };
  let s = 0;
  let i = 0;
  for (const text of lines) {
    const line = parseLegacyLine(text);
    const r = resolveLegacyLine(line, instantToLocal(Date.parse(line.receivedAt)).date, catalogue);
    const { events } = replayLegacyDossier({ line, id: 'x', procedure: r.procedure, receivingUnitId: r.receivingUnitId, competentUnitId: r.competentUnitId, clock: catalogue.clockFor(r.competentUnitId, r.procedure) });
    const t = timelineFromEvents(line.channel, events);
    c.unit[i] = indexOf(unitIndex, c.unitCodes, catalogue.history.units.get(r.competentUnitId)!.code);
    c.field[i] = indexOf(fieldIndex, c.fieldCodes, r.procedure.fieldCode);
    c.online[i] = line.channel === 'online' ? 1 : 0;
    c.received[i] = t.receivedAt === null ? -1 : epochDayOfInstant(t.receivedAt);
    c.end[i] = NONE;
    if (t.end) {
      const endDay = epochDayOfInstant(t.end.at);
      c.end[i] = endDay;
      c.endKind[i] = KIND[t.end.kind];
      c.endClass[i] = CLASS[classifyEnd(t.end.kind, endDay, t.end.dueAt === null ? null : epochDayOfInstant(t.end.dueAt))];
      c.extended[i] = t.end.extended ? 1 : 0;
    }
    c.stateStart[i] = s;
    for (const st of t.states) {
      if (s >= c.stateDay.length) throw new Error('more open-state changes than the columns hold');
      c.stateDay[s] = epochDayOfInstant(st.at); c.stateDue[s] = st.dueAt === null ? NONE : epochDayOfInstant(st.dueAt); c.stateWaiting[s] = st.waitingSupplement ? 1 : 0; s++;
    }
    i++;
  }
  c.stateStart[n] = s;
  return c;
}

/**
 * Form II.06a per field over the columns, the rules of recount.ts classifyForPeriod written as one loop: figures in an
 * Int32Array of 15 per field, in II06A_FIGURES order.
 */
function referenceFigures(c: Columns, member: Uint8Array, fromDay: number, toDay: number): Int32Array {
  const out = new Int32Array(c.fieldCodes.length * 15);
  const { unit, field, received, end, endClass, endKind, extended, online, stateStart, stateDay, stateDue, stateWaiting } = c;
  for (let i = 0; i < c.n; i++) {
    if (member[unit[i]] === 0) continue;
    const r = received[i];
    if (r < 0 || r > toDay) continue;
    const e = end[i];
    if (e < fromDay) continue;
    const b = field[i] * 15;
    out[b]++; // received
    if (r < fromDay) out[b + 3]++; else if (online[i] === 1) out[b + 1]++; else out[b + 2]++;
    if (e <= toDay) {
      out[b + 4]++;
      const k = endClass[i];
      out[b + 5 + k]++;
      if (endKind[i] === 3) out[b + 11]++;
      else if (endKind[i] === 1) out[b + 12]++;
      if (k === 2) out[b + (extended[i] === 1 ? 13 : 14)]++;
    } else {
      out[b + 8]++;
      let j = stateStart[i];
      for (let k = j + 1; k < stateStart[i + 1]; k++) if (stateDay[k] <= toDay) j = k;
      const within = stateWaiting[j] === 1 || stateDue[j] >= toDay;
      out[b + (within ? 9 : 10)]++;
    }
  }
  return out;
}

function toRows(c: Columns, figures: Int32Array): { rows: Map<string, Ii06aFigures>; total: Ii06aFigures } {
  const result = new Map<string, Ii06aFigures>();
  const total = emptyFigures();
  c.fieldCodes.forEach((code, f) => {
    const row = emptyFigures();
    II06A_FIGURES.forEach((name, k) => { row[name] = figures[f * 15 + k]; total[name] += row[name]; });
    if (row.received > 0) result.set(code, row);
  });
  return { rows: result, total };
}

/** Differences between the database report and the reference, field by field and in total; [] when equal. */
function differences(report: Ii06aReport, reference: { rows: Map<string, Ii06aFigures>; total: Ii06aFigures }): string[] {
  const out: string[] = [];
  const db = new Map(report.rows.map((r) => [r.fieldCode, r]));
  for (const code of new Set([...db.keys(), ...reference.rows.keys()])) {
    const a = db.get(code); const e = reference.rows.get(code);
    for (const f of II06A_FIGURES) if ((a?.[f] ?? 0) !== (e?.[f] ?? 0)) out.push(`field ${code} ${f}: database ${a?.[f] ?? 0}, reference ${e?.[f] ?? 0}`);
  }
  for (const f of II06A_FIGURES) if (report.total[f] !== reference.total[f]) out.push(`total ${f}: database ${report.total[f]}, reference ${reference.total[f]}`);
  return out;
}

// ------------------------------------------------------------------------------------ databases, with statement timing
type StatementTimes = Map<string, { n: number; ms: number }>;
/** `last`: the statements themselves, kept only while `keepLast` (they hold their parameters). */
type Times = { current: StatementTimes | null; last: SQL[]; keepLast: boolean };
const dialect = new PgDialect();
// A leading `with r as (select * from json_to_recordset(…))` is common to several statements: it is dropped from the tag.
const tagOf = (q: SQL) => dialect.sqlToQuery(q).sql.replace(/\s+/g, ' ').trim().replace(/^with \w+ as \(select \* from json_to_recordset\(\$1::json\) as \w+\([^)]*\)\),? ?/, '').slice(0, 72);

/** Wraps an executor so each statement's time is added to `times` under the start of its SQL text. */
function timed<T extends Executor>(ex: T, times: Times): T {
  return new Proxy(ex, {
    get(target, prop, receiver) {
      if (prop !== 'execute') return Reflect.get(target, prop, receiver);
      return async (q: SQL) => {
        if (!times.current) return target.execute(q);
        const start = performance.now();
        try { return await target.execute(q); } finally {
          const key = tagOf(q);
          const t = times.current.get(key) ?? times.current.set(key, { n: 0, ms: 0 }).get(key)!;
          t.n++; t.ms += performance.now() - start;
          if (times.keepLast) times.last.push(q);
        }
      };
    },
  });
}

type Store = { kind: 'postgresql' | 'pglite'; label: string; ctx: AppContext; db: Db; times: Times; drop: () => Promise<void> };

async function adminQuery(text: string) {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try { await admin.query(text); } finally { await admin.end(); }
}

async function openStore(kind: 'postgresql' | 'pglite'): Promise<Store> {
  let db: Db;
  let drop: () => Promise<void>;
  if (kind === 'postgresql') {
    await adminQuery(`drop database if exists ${PG_NAME} with (force)`);
    await adminQuery(`create database ${PG_NAME}`);
    const url = new URL(PG_URL);
    url.pathname = `/${PG_NAME}`;
    db = await openDatabase({ databaseUrl: url.toString() }); // the server's pool: 10 connections (store/db.ts default)
    drop = async () => { await db.close(); if (KEEP) log(`  kept database ${PG_NAME}`); else await adminQuery(`drop database if exists ${PG_NAME} with (force)`); };
  } else {
    const dir = PGLITE_DIR === 'memory' ? null : mkdtempSync(join(tmpdir(), 'cchc-bench-pglite-'));
    db = await openDatabase({ dataDir: dir ?? 'memory://' });
    drop = async () => { await db.close(); if (dir && KEEP) log(`  kept PGlite data in ${dir}`); else if (dir) rmSync(dir, { recursive: true, force: true }); };
  }
  await migrate(db);
  const times: Times = { current: null, last: [], keepLast: false };
  const wrapped: Db = { ...db, orm: timed(db.orm, times), transaction: (work) => db.transaction((tx) => work(timed(tx, times))) };
  const ctx = createAppContext(wrapped, () => NOW);
  const start = performance.now();
  await bootstrap(ctx, { demo: false, adminUser: undefined, adminPassword: undefined, provinceCode: PROVINCE }, [benchOrgDataset()], readShippedSchedules(), [benchProcedureDataset()]);
  log(`  ${kind}: catalogue loaded (250 agencies, 1,800 procedures) in ${fmt((performance.now() - start) / 1000, 1)} s${kind === 'pglite' ? ` (${PGLITE_DIR === 'memory' ? 'in memory' : 'on disk'})` : ''}`);
  return { kind, label: kind === 'postgresql' ? 'PostgreSQL 15' : 'PGlite', ctx, db, times, drop };
}

function printTimes(title: string, times: StatementTimes, wallMs: number) {
  const total = [...times.values()].reduce((a, t) => a + t.ms, 0);
  log(`    ${title}: ${fmt(total / 1000, 1)} s in statements (${fmt((total / wallMs) * 100)} % of the wall time)`);
  for (const [key, t] of [...times].sort((a, b) => b[1].ms - a[1].ms).slice(0, 8)) {
    log(`      ${fmt((t.ms / total) * 100).padStart(3)} %  ${fmt(t.ms / t.n, 2).padStart(8)} ms × ${fmt(t.n).padStart(6)}  ${key}`);
  }
}

// ---------------------------------------------------------------------------------------------------------- the phases
async function importPhase(store: Store, lines: Lines): Promise<{ ms: number; dossiers: number; events: number }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  store.times.current = new Map();
  const progressEvery = lines.count >= 300_000 ? 100_000 : 50_000;
  const report = await importDossiers(store.ctx, {
    actor: SYSTEM_ACTOR, lines, progressEvery,
    onProgress: (p) => log(`    … ${fmt(p.lines)} lines, ${fmt(p.imported)} imported, ${fmt((performance.now() - start) / 1000, 1)} s (${fmt(p.imported / ((performance.now() - start) / 1000))} dossiers/s)`),
  });
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  if (report.failed) throw new Error(`${report.failed} lines refused, e.g. line ${report.errors[0].line}: ${report.errors[0].message}`);
  log(`  import: ${fmt(report.imported)} dossiers, ${fmt(report.events)} events (${fmt(report.events / report.imported, 2)} per dossier) in ${fmt(ms / 1000, 1)} s`
    + ` = ${fmt(report.imported / (ms / 1000))} dossiers/s, ${fmt(report.events / (ms / 1000))} events/s → 1M dossiers in ~${fmt((1_000_000 / report.imported) * ms / 1000)} s;`
    + ` Node CPU ${fmt(((used.user + used.system) / 1000 / ms) * 100)} % of the wall time`);
  printTimes('per statement (import batches)', store.times.current, ms);
  store.times.current = null;
  return { ms, dossiers: report.imported, events: report.events };
}

type ReportFigures = { scope: string; period: string; referenceMs: number; firstMs: number; warmMs: number; index766Ms: number };

async function reportPhase(store: Store, columns: Columns): Promise<ReportFigures[]> {
  const history = await loadOrgHistory(store.ctx);
  gc(); gc();
  const heap = process.memoryUsage();
  log(`  memory before the reports (after GC): JS heap ${mb(heap.heapUsed)} used of ${mb(heap.heapTotal)}, external ${mb(heap.external)}, RSS ${mb(heap.rss)}`);
  const out: ReportFigures[] = [];
  for (const period of PERIODS) {
    for (const unitCode of [PROVINCE, DEPARTMENT]) {
      const unit = findByCodeOn(history, unitCode, period.to)!;
      const memberCodes = new Set(rollupMembers(history, unit.id).members.map((m) => history.units.get(m.unitId)!.code));
      const member = new Uint8Array(columns.unitCodes.length);
      columns.unitCodes.forEach((code, i) => { member[i] = memberCodes.has(code) ? 1 : 0; });
      const fromDay = toEpochDay(period.from);
      const toDay = toEpochDay(period.to);
      // Reference: the loop, median of as many runs as fit in ~0.3 s (at least RUNS).
      const refTimes: number[] = [];
      let figures = referenceFigures(columns, member, fromDay, toDay);
      for (let r = 0; r < RUNS || (refTimes.reduce((a, b) => a + b, 0) < 300 && r < 1000); r++) {
        const t = performance.now(); figures = referenceFigures(columns, member, fromDay, toDay); refTimes.push(performance.now() - t);
      }
      const reference = toRows(columns, figures);
      const request = { actor: SYSTEM_ACTOR, unitCode, from: period.from, to: period.to };
      let t = performance.now();
      const first = await buildIi06aReport(store.ctx, request);
      const firstMs = performance.now() - t;
      const wrong = differences(first, reference);
      if (wrong.length) {
        log(`  ✘ ${store.label} II.06a ${unitCode} ${period.name} differs from the reference:\n    ${wrong.slice(0, 20).join('\n    ')}`);
        throw new Error('The database report differs from the in-memory reference: bench aborted.');
      }
      const warm: number[] = [];
      store.times.current = new Map();
      store.times.last = [];
      store.times.keepLast = EXPLAIN && unitCode === PROVINCE && period !== PERIODS[1];
      for (let r = 0; r < RUNS; r++) { t = performance.now(); await buildIi06aReport(store.ctx, request); warm.push(performance.now() - t); }
      const warmMs = median(warm);
      const scope = unitCode === PROVINCE ? 'province' : `department ${unitCode}`;
      log(`  II.06a ${scope.padEnd(20)} ${period.name.padEnd(22)} reference ${fmt(median(refTimes), 3).padStart(7)} ms   first ${fmt(firstMs, 1).padStart(7)} ms`
        + `   warm median ${fmt(warmMs, 2).padStart(7)} ms (${fmt(warmMs / median(refTimes), 1)}×)   total received ${fmt(first.total.received)}, in progress ${fmt(first.total.inProgress)} ✔ = reference`);
      if (unitCode === PROVINCE && period !== PERIODS[1]) {
        printTimes(`per statement, ${RUNS} warm runs`, store.times.current, warm.reduce((a, b) => a + b, 0));
        if (EXPLAIN) await explain(store, store.times.last.slice(0, store.times.last.length / RUNS));
      }
      store.times.current = null;
      store.times.keepLast = false;
      store.times.last = [];
      // The Decision 766 index of the same unit and period (its departments and communes scored and ranked, and the
      // previous period for the change in rank): same goals as the report.
      const index766Request = { actor: SYSTEM_ACTOR, unit: unitCode, from: period.from, to: period.to };
      await computeIndex766(store.ctx, index766Request);
      const warm766: number[] = [];
      store.times.current = new Map();
      for (let r = 0; r < Math.min(RUNS, 10); r++) { t = performance.now(); await computeIndex766(store.ctx, index766Request); warm766.push(performance.now() - t); }
      const index766Ms = median(warm766);
      log(`  766   ${scope.padEnd(20)} ${period.name.padEnd(22)} warm median ${fmt(index766Ms, 2).padStart(7)} ms (${fmt(index766Ms / median(refTimes), 1)}× the II.06a reference)`);
      if (unitCode === PROVINCE && period === PERIODS[0]) printTimes(`per statement, 766, ${warm766.length} warm runs`, store.times.current, warm766.reduce((a, b) => a + b, 0));
      store.times.current = null;
      out.push({ scope, period: period.name, referenceMs: median(refTimes), firstMs, warmMs, index766Ms });
    }
  }
  return out;
}

async function explain(store: Store, statements: SQL[]) {
  for (const q of statements) {
    const text = tagOf(q);
    if (!/from (stat_|procedure_versions)/.test(dialect.sqlToQuery(q).sql)) continue;
    const plan = await rows<Record<string, string>>(store.db.orm, sql`explain (analyze, buffers) ${q}`);
    const lines = plan.map((r) => String(Object.values(r)[0]).replace(/'\{[0-9a-f,-]{200,}\}'/g, (ids) => `'{…${ids.split(',').length} unit ids…}'`));
    log(`    EXPLAIN ANALYZE ${text}\n      ${lines.join('\n      ')}`);
  }
}

/** The system acting as a leader too (a second supplement request needs a leader citing its legal basis). */
const ACTOR: Actor = { ...SYSTEM_ACTOR, roles: ['system_admin', 'leader'] };
const SUPPLEMENT = { type: 'supplement_requested' as const, reason: 'Thiếu giấy tờ', payload: { missing: ['Bản sao giấy tờ tùy thân'], legalBasis: 'Nghị định 118/2025/NĐ-CP Điều 11' } };
const ACTIONS: Array<{ type: DossierActionType; reason?: string; payload?: Record<string, unknown> }> = [
  { type: 'resolved' }, { type: 'resolved' }, { type: 'resolved' }, { type: 'resolved' }, { type: 'resolved' }, { type: 'resolved' }, { type: 'resolved' },
  SUPPLEMENT, SUPPLEMENT, { type: 'withdrawn', reason: 'Công dân rút hồ sơ' },
];

async function transitionPhase(store: Store, limit: number): Promise<{ n: number; ms: number; perSecond: number; concurrency: number }> {
  const open = await rows<{ id: string; version: number }>(store.db.orm, sql`select id, version from dossiers where status = 'processing' order by id limit ${limit}`);
  const concurrency = store.kind === 'postgresql' ? 8 : 1;
  let next = 0;
  store.times.current = new Map();
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < open.length) {
      const i = next++;
      const action = ACTIONS[i % ACTIONS.length];
      await actOnDossier(store.ctx, { actor: ACTOR, dossierId: open[i].id, expectedVersion: open[i].version, command: { type: action.type, reason: action.reason ?? null, payload: action.payload } });
    }
  }));
  const ms = performance.now() - start;
  const perSecond = open.length / (ms / 1000);
  log(`  live transitions (actOnDossier: resolved 70 %, supplement requested 20 %, withdrawn 10 %): ${fmt(open.length)} with ${concurrency} at a time in ${fmt(ms / 1000, 2)} s = ${fmt(perSecond)} transitions/s`);
  printTimes('per statement (transition transactions)', store.times.current, ms * concurrency);
  store.times.current = null;
  return { n: open.length, ms, perSecond, concurrency };
}

/** A small database: import, a few reports (snapshots materialised), transitions, then the full recount must agree. */
async function verifyPhase(kind: 'postgresql' | 'pglite'): Promise<{ dossiers: number; transitions: number; ms: number; mismatches: number }> {
  const store = await openStore(kind);
  try {
    const catalogue = await loadImportCatalogue(store.ctx);
    const { calendar } = await loadWorkingCalendar(store.ctx);
    const lines = new Lines();
    for (const l of provinceYearLines({ count: VERIFY, ...RANGE, seed: 11, now: NOW.getTime(), catalogue, calendar })) lines.push(l);
    lines.seal();
    await importDossiers(store.ctx, { actor: SYSTEM_ACTOR, lines });
    for (const p of PERIODS) await buildIi06aReport(store.ctx, { actor: SYSTEM_ACTOR, unitCode: PROVINCE, from: p.from, to: p.to });
    const t = await transitionPhase(store, 1_000_000);
    const start = performance.now();
    const result = await verifyRollups(store.ctx);
    const ms = performance.now() - start;
    log(`  verifyRollups after ${fmt(t.n)} transitions on ${fmt(result.dossiers)} dossiers: ${result.mismatches.length === 0 ? '✔ exact' : `✘ ${result.mismatches.length} mismatches`}`
      + ` (${fmt(result.dailyRows)} daily rows, ${fmt(result.monthlyRows)} monthly, ${result.snapshotDays} snapshot days, ${result.periods} periods) in ${fmt(ms / 1000, 1)} s`);
    if (result.mismatches.length) { log(`    ${result.mismatches.slice(0, 10).join('\n    ')}`); throw new Error('verifyRollups found mismatches: bench aborted.'); }
    return { dossiers: result.dossiers, transitions: t.n, ms, mismatches: result.mismatches.length };
  } finally {
    await store.drop();
  }
}

// ------------------------------------------------------------------------------------------------------------- the run
type Row = { store: string; size: number; importMs: number; events: number; reports: ReportFigures[]; transitions: number; analysed: number; rssMb?: number };
const summary: Row[] = [];
let columns: Columns | null = null;
let lines: Lines | null = null;

if (STORES.includes('postgresql')) {
  try { await adminQuery('select 1'); } catch (error) {
    log(`PostgreSQL at ${new URL(PG_URL).host} is not reachable (${(error as Error).message}): PGlite only.`);
    STORES = STORES.filter((s) => s !== 'postgresql');
  }
}
log(`statistics bench — sizes ${SIZES.map((s) => fmt(s)).join(', ')}; stores ${STORES.join(', ')}; ${RUNS} warm runs; now ${NOW.toISOString()}`);
for (const size of SIZES) {
  log(`\n### ${fmt(size)} dossiers`);
  for (const [k, kind] of STORES.entries()) {
    const store = await openStore(kind);
    try {
      if (k === 0) {
        const catalogue = await loadImportCatalogue(store.ctx);
        const { calendar } = await loadWorkingCalendar(store.ctx);
        let start = performance.now();
        lines = new Lines();
        for (const l of provinceYearLines({ count: size, ...RANGE, now: NOW.getTime(), catalogue, calendar })) lines.push(l);
        lines.seal();
        log(`  generated ${fmt(lines.count)} lines (${fmt(lines.bytes / 1e6)} MB of NDJSON) in ${fmt((performance.now() - start) / 1000, 1)} s`);
        start = performance.now();
        columns = buildColumns(lines, catalogue);
        log(`  reference columns (parse + resolve + replay + timeline, ${columns.unitCodes.length} agencies, ${columns.fieldCodes.length} fields, ${fmt(columns.stateStart[columns.n])} open-state changes) in ${fmt((performance.now() - start) / 1000, 1)} s`);
      }
      log(`\n  — ${store.label}`);
      let baseline = 0;
      if (kind === 'pglite') {
        gc(); gc();
        baseline = process.memoryUsage().rss;
        log(`  memory before the import (catalogue loaded, GC; the bench's lines and columns held): RSS ${mb(baseline)}`);
      }
      const imported = await importPhase(store, lines!);
      if (kind === 'postgresql') {
        // The import leaves gigabytes of dirty pages and WAL: the checkpoint that follows competes with the reports for
        // the disk and the two cores for minutes. Flushed here, timed apart, so the reports measure the steady state.
        const flushStart = performance.now();
        await store.db.orm.execute(sql`checkpoint`);
        log(`  CHECKPOINT after the import: ${fmt((performance.now() - flushStart) / 1000, 1)} s`);
      }
      const reports = await reportPhase(store, columns!);
      const transitions = await transitionPhase(store, TRANSITIONS);
      // Nothing analyses the tables the import just filled (autovacuum comes later): the same again after ANALYZE.
      let start = performance.now();
      await store.db.orm.execute(sql`analyze`);
      log(`  ANALYZE (all tables) in ${fmt((performance.now() - start) / 1000, 1)} s, then:`);
      const analysed = await transitionPhase(store, TRANSITIONS);
      const row: Row = { store: store.label, size, importMs: imported.ms, events: imported.events, reports, transitions: transitions.perSecond, analysed: analysed.perSecond };
      if (kind === 'pglite' && k === STORES.length - 1) {
        // Steady memory of the embedded process: the bench's own data released, a few reports, a full GC.
        lines = null; columns = null;
        for (const p of PERIODS) await buildIi06aReport(store.ctx, { actor: SYSTEM_ACTOR, unitCode: PROVINCE, from: p.from, to: p.to });
        gc(); gc();
        const m = process.memoryUsage();
        row.rssMb = m.rss / 2 ** 20;
        log(`  memory after import, reports and transitions (bench data released, GC): RSS ${mb(m.rss)}, JS heap ${mb(m.heapUsed)}, array buffers ${mb(m.arrayBuffers)}, external ${mb(m.external)}`);
      }
      summary.push(row);
    } finally {
      await store.drop();
    }
  }
  lines = null; columns = null;
  gc();
}

if (VERIFY > 0) {
  log(`\n### exactness after live transitions (${fmt(VERIFY)} dossiers)`);
  for (const kind of STORES) { log(`  — ${kind}`); await verifyPhase(kind); }
}

log('\n### summary');
log('| store | dossiers | import | events/s | report (province, year) warm | vs reference | transitions/s | after ANALYZE | RSS |');
log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of summary) {
  const y = r.reports[0];
  log(`| ${r.store} | ${fmt(r.size)} | ${fmt(r.importMs / 1000, 1)} s | ${fmt(r.events / (r.importMs / 1000))} | ${fmt(y.warmMs, 2)} ms | ${fmt(y.warmMs / y.referenceMs, 1)}× | ${fmt(r.transitions)} | ${fmt(r.analysed)} | ${r.rssMb ? `${fmt(r.rssMb)} MB` : '—'} |`);
}
