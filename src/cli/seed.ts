import { parseArgs } from 'node:util';
import { createAppContext } from '../app/app-context.js';
import { bootstrap } from '../app/seed/bootstrap.js';
import { seedDemoDossiers } from '../app/seed/seed-demo-dossiers.js';
import { readConfig } from '../config.js';
import { isLocalDate } from '../domain/shared/local-date.js';
import { DatabaseUnavailableError, openDatabase } from '../store/db.js';

/**
 * `npm run seed -- --dossiers 1000000 [--seed 42] [--from 2025-11-01 --to 2026-10-31] [--batch 2000]`: generates a demo
 * year of dossiers for the demo province (its units and procedure catalogue as loaded in the database) and stores them
 * through the legacy import, printing progress and the throughput. Re-running with the same options changes nothing
 * (codes already stored are skipped). Uses the database named by the environment (PGlite in DATA_DIR, or
 * DATABASE_URL); stop the server first when it uses PGlite.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dossiers: { type: 'string', default: '50000' }, seed: { type: 'string', default: '42' }, from: { type: 'string' }, to: { type: 'string' }, batch: { type: 'string' } } });
  const count = Number(values.dossiers);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1 || count > 20_000_000) throw new Error('--dossiers must be a whole number from 1 to 20,000,000');
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  for (const date of [values.from, values.to]) if (date !== undefined && !isLocalDate(date)) throw new Error(`${date} is not a date written YYYY-MM-DD`);
  const config = readConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const ctx = createAppContext(db);
  await bootstrap(ctx, config);
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const report = await seedDemoDossiers(ctx, {
    count, seed, from: values.from, to: values.to, batchSize: values.batch ? Number(values.batch) : undefined,
    onProgress: (p) => console.log(`${p.lines.toLocaleString('en-US')} lines, ${p.imported.toLocaleString('en-US')} stored, ${p.skipped} skipped, ${p.failed} refused — ${seconds().toFixed(1)} s`),
  });
  const s = seconds();
  console.log(`${report.from} … ${report.to}: ${report.imported.toLocaleString('en-US')} dossiers and ${report.events.toLocaleString('en-US')} events stored, ${report.skipped} already there, ${report.failed} refused, in ${s.toFixed(1)} s (${Math.round(report.lines / s).toLocaleString('en-US')} dossiers/s, ${Math.round(report.events / s).toLocaleString('en-US')} events/s)`);
  for (const e of report.errors.slice(0, 10)) console.log(`  line ${e.line} ${e.code ?? ''} ${e.field ?? ''}: ${e.message}`);
  await db.close();
}

main().catch((error: unknown) => {
  console.error(`seed failed: ${error instanceof DatabaseUnavailableError ? `cannot reach the database: ${error.message}` : error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
