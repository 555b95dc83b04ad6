import { parseArgs } from 'node:util';
import { createAppContext } from '../app/app-context.js';
import { bootstrap } from '../app/seed/bootstrap.js';
import { seedDemoDossiers } from '../app/seed/seed-demo-dossiers.js';
import { takeOpenSnapshots } from '../app/statistics/take-open-snapshots.js';
import { verifyRollups } from '../app/statistics/verify-rollups.js';
import { readConfig } from '../config.js';
import { openDatabase } from '../store/db.js';

/**
 * `npm run verify-rollups [-- --seed-demo 50000]`: recounts every statistic from the event log and compares it with
 * the rollups kept by the transitions (facts, open spans, daily and monthly counters, snapshots, II.06a per field for
 * every month). Uses the database named by the environment (PGlite in DATA_DIR, or DATABASE_URL); `--seed-demo N`
 * first loads the demo province and N generated dossiers (CI runs it on a fresh DATA_DIR). Exits 1 on any difference.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'seed-demo': { type: 'string' } } });
  const config = readConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const ctx = createAppContext(db);
  await bootstrap(ctx, config);
  const started = performance.now();
  if (values['seed-demo']) {
    const seeded = await seedDemoDossiers(ctx, { count: Number(values['seed-demo']), seed: 42 });
    console.log(`seeded ${seeded.imported} demo dossiers (${seeded.events} events) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const snapshots = await takeOpenSnapshots(ctx);
  console.log(`materialised the open-dossier snapshots of ${snapshots.days} past days`);
  const t0 = performance.now();
  const report = await verifyRollups(ctx);
  console.log(`recounted ${report.dossiers} dossiers from their event logs: ${report.dailyRows} daily and ${report.monthlyRows} monthly counter rows, ${report.snapshotDays} snapshot days, II.06a for ${report.periods} periods, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const m of report.mismatches) console.log(`  MISMATCH ${m}`);
  console.log(report.mismatches.length === 0 ? 'rollups equal the recount' : `${report.mismatches.length} mismatches`);
  await db.close();
  process.exit(report.mismatches.length === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(`verify-rollups failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
