/**
 * Steady memory of the embedded server on an existing data set (issue 5: "embedded steady memory with the 1M data set
 * ≤ 512 MB"). Opens a PGlite folder left by `statistics.bench.ts … --stores=pglite --keep` in a fresh process, as
 * `npm start` would after a restart: the HTTP server is built, then the province's reports are read through the use
 * cases (II.06a and the Decision 766 index for the year, a quarter and the monthly history), and the process RSS is
 * printed after each step and after a GC.
 *
 *   node --expose-gc --import tsx bench/embedded-memory.ts /tmp/cchc-bench-pglite-XXXX
 *
 * PGLITE_SHARED_BUFFERS (default 128MB) sets PGlite's buffer pool, as for the server.
 */
import { createAppContext } from '../src/app/app-context';
import { buildIi06aReport } from '../src/app/statistics/build-ii06a-report';
import { computeIndex766 } from '../src/app/index766/compute-index766';
import { index766History } from '../src/app/index766/index766-history';
import { SYSTEM_ACTOR } from '../src/domain/auth/actor';
import { buildServer } from '../src/http/build-server';
import { openDatabase, rows, sql } from '../src/store/db';
import { PROVINCE } from './province-year';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node --expose-gc --import tsx bench/embedded-memory.ts <data folder kept by statistics.bench.ts --keep>');
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const line = (label: string) => {
  globalThis.gc?.();
  const m = process.memoryUsage();
  console.log(`${label.padEnd(44)} RSS ${mb(m.rss).padStart(7)}   JS heap ${mb(m.heapUsed).padStart(6)}   external (WebAssembly memory) ${mb(m.external).padStart(7)}`);
};

line('node + tsx, nothing loaded');
const db = await openDatabase({ dataDir: dir });
line('PGlite opened on the existing folder');
const ctx = createAppContext(db, () => new Date('2025-12-20T03:00:00Z'));
const app = await buildServer(ctx, { logLevel: 'warn' });
await app.ready();
const [{ n }] = await rows<{ n: number }>(db.orm, sql`select count(*)::int as n from dossiers`);
line(`HTTP server built (${n.toLocaleString('en')} dossiers)`);
const actor = SYSTEM_ACTOR;
for (const [from, to] of [['2025-01-01', '2025-12-31'], ['2025-07-01', '2025-09-30'], ['2025-09-15', '2025-12-14']]) {
  await buildIi06aReport(ctx, { actor, unitCode: PROVINCE, from, to });
  await computeIndex766(ctx, { actor, unit: PROVINCE, from, to });
}
line('II.06a and the 766 index, three periods');
await index766History(ctx, { actor, unit: PROVINCE, granularity: 'month', from: '2025-01-01', to: '2025-12-31' });
line('766 monthly history of the year');
for (let k = 0; k < 5; k++) {
  await buildIi06aReport(ctx, { actor, unitCode: PROVINCE, from: '2025-01-01', to: '2025-12-31' });
  await computeIndex766(ctx, { actor, unit: PROVINCE, from: '2025-01-01', to: '2025-12-31' });
}
line('the same again, five times (steady)');
await app.close();
await db.close();
