/**
 * Legacy dossier import throughput: a demo year of N dossiers (generate-demo-dossiers.ts, seed 42, the year ending
 * 2026-10-31), generated first as NDJSON lines, then through the import (importDossiers) into a fresh database with the shipped Hà Tĩnh units and procedures — on PGlite
 * in memory, and on PostgreSQL when DATABASE_URL is set (a new database, dropped afterwards).
 * Run: npx tsx bench/import.bench.ts [50000,200000]   (goal: 1M dossiers ≤ 60 s on PostgreSQL, ≤ 2 min on PGlite)
 *
 * References measured in the same run, on the same lines: generating them and JSON-stringifying them (what the demo
 * seed adds on top of the import), and parsing + resolving + replaying them in memory (the import without a database).
 */
import { createAppContext, type AppContext } from '../src/app/app-context';
import { importDossiers } from '../src/app/dossiers/import-dossiers';
import { loadImportCatalogue } from '../src/app/dossiers/load-import-catalogue';
import { SYSTEM_ACTOR } from '../src/domain/auth/actor';
import { loadWorkingCalendar } from '../src/app/calendar/load-working-calendar';
import { bootstrap } from '../src/app/seed/bootstrap';
import { demoDossierLines } from '../src/app/seed/generate-demo-dossiers';
import { parseLegacyLine } from '../src/domain/dossiers/parse-legacy-line';
import { replayLegacyDossier } from '../src/domain/dossiers/replay-legacy-dossier';
import { resolveLegacyLine } from '../src/domain/dossiers/resolve-legacy-line';
import { instantToLocal } from '../src/domain/shared/local-date';
import { createTestDb } from '../src/test-support/test-db';

const SIZES = (process.argv[2] ?? '50000,200000').split(',').map(Number);
const NOW = new Date('2026-10-31T10:00:00Z');
const RANGE = { from: '2025-11-01', to: '2026-10-31', seed: 42 };

const rate = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US').padStart(9);

async function freshContext(): Promise<{ ctx: AppContext; drop: () => Promise<void> }> {
  const { db, drop } = await createTestDb();
  const ctx = createAppContext(db, () => NOW);
  await bootstrap(ctx, { demo: false, adminUser: undefined, adminPassword: undefined, provinceCode: undefined });
  return { ctx, drop };
}

/** Generate + stringify, then parse + resolve + replay, all in memory: the references. */
async function references(ctx: AppContext, count: number): Promise<{ generateMs: number; replayMs: number; bytes: number; lines: string[] }> {
  const catalogue = await loadImportCatalogue(ctx);
  const { calendar } = await loadWorkingCalendar(ctx);
  let start = performance.now();
  const lines = [...demoDossierLines({ count, ...RANGE, catalogue, calendar, now: NOW.getTime() })];
  const generateMs = performance.now() - start;
  start = performance.now();
  let events = 0;
  for (const text of lines) {
    const line = parseLegacyLine(text);
    const r = resolveLegacyLine(line, instantToLocal(Date.parse(line.receivedAt)).date, catalogue);
    events += replayLegacyDossier({ line, id: 'x', procedure: r.procedure, receivingUnitId: r.receivingUnitId, competentUnitId: r.competentUnitId, clock: catalogue.clockFor(r.competentUnitId, r.procedure) }).events.length;
  }
  return { generateMs, replayMs: performance.now() - start, bytes: lines.reduce((a, l) => a + l.length + 1, 0), lines };
}

async function run(kind: string, count: number): Promise<void> {
  const { ctx, drop } = await freshContext();
  try {
    const ref = await references(ctx, count);
    const start = performance.now();
    const cpu = process.cpuUsage();
    const report = await importDossiers(ctx, { actor: SYSTEM_ACTOR, lines: ref.lines, batchSize: process.env.BATCH ? Number(process.env.BATCH) : undefined, concurrency: process.env.CONCURRENCY ? Number(process.env.CONCURRENCY) : undefined });
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const nodeCpu = (used.user + used.system) / 1000;
    if (report.failed) console.log(`  ${report.failed} refused, e.g. line ${report.errors[0].line}: ${report.errors[0].message}`);
    const pad = (s: string) => s.padEnd(52);
    console.log(`${kind} — ${count.toLocaleString('en-US')} dossiers, ${report.events.toLocaleString('en-US')} events, ${(ref.bytes / 1e6).toFixed(0)} MB of NDJSON`);
    console.log(`  ${pad('reference: generate + JSON.stringify the lines')} ${rate(count, ref.generateMs)} lines/s      ${(ref.generateMs / 1000).toFixed(2)} s`);
    console.log(`  ${pad('reference: parse + resolve + replay (no database)')} ${rate(count, ref.replayMs)} lines/s      ${(ref.replayMs / 1000).toFixed(2)} s`);
    console.log(`  ${pad('import (parse → resolve → replay → store)')} ${rate(report.imported, ms)} dossiers/s ${rate(report.events, ms)} events/s  ${(ms / 1000).toFixed(2)} s  → 1M dossiers in ~${Math.round((1_000_000 / report.imported) * ms / 1000)} s`);
    console.log(`  ${pad('  of which CPU time in this (Node) process')} ${(nodeCpu / 1000).toFixed(2)} s = ${Math.round((nodeCpu / ms) * 100)} % of the wall time`);
  } finally {
    await drop();
  }
}

const kinds = process.env.DATABASE_URL ? ['PostgreSQL'] : ['PGlite'];
for (const kind of kinds) for (const n of SIZES) await run(kind, n);
