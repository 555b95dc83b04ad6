import { SYSTEM_ACTOR } from '../../domain/auth/actor.js';
import type { LocalDate } from '../../domain/shared/local-date.js';
import { dossierExchangeRepository } from '../../store/repositories/dossier-exchange.repository.js';
import { settingsRepository } from '../../store/repositories/settings.repository.js';
import type { AppContext } from '../app-context.js';
import { takeOpenSnapshots } from '../statistics/take-open-snapshots.js';
import { importDossiers, type ImportProgress, type ImportReport } from '../dossiers/import-dossiers.js';
import { demoRange, generateDemoDossiers, type DemoYearOptions } from './generate-demo-dossiers.js';

/** app_settings key recording the demo seed: its parameters, then its outcome (never seeded twice). */
export const DEMO_DOSSIERS_KEY = 'demo_dossiers';
/** Dossiers seeded on the first start of a demo installation. */
export const DEMO_DOSSIER_COUNT = 50_000;

export type DemoSeedRecord = { status: 'running' | 'done' | 'skipped'; count: number; seed: number; from: LocalDate; to: LocalDate; startedAt: string; report?: Omit<ImportReport, 'errors'> };
export type SeedDemoDossiersOptions = DemoYearOptions & { batchSize?: number; onProgress?: (p: ImportProgress) => void };

/** Generates a demo year (generate-demo-dossiers.ts) and feeds it to the legacy import, as the system. */
export async function seedDemoDossiers(ctx: AppContext, o: SeedDemoDossiersOptions): Promise<ImportReport & { from: LocalDate; to: LocalDate }> {
  const { lines, from, to } = await generateDemoDossiers(ctx, o);
  const report = await importDossiers(ctx, { actor: SYSTEM_ACTOR, lines, batchSize: o.batchSize, onProgress: o.onProgress });
  return { ...report, from, to };
}

/**
 * The start hook of a demo installation: on its first start (demo mode, no dossier stored, nothing recorded yet) seeds
 * about 50,000 dossiers of the year up to today, in the background and in small batches so the server stays usable,
 * logging progress. The parameters are recorded first: a start interrupted half-way resumes with the same ones (the
 * import skips what is stored), a finished seed never runs again. Never throws: failures are logged.
 */
export async function startDemoDossierSeeding(ctx: AppContext, config: { demo: boolean }, o: { count?: number; log?: (message: string) => void } = {}): Promise<void> {
  const log = o.log ?? ((message: string) => console.log(message));
  if (!config.demo) return;
  try {
    const settings = settingsRepository(ctx.db.orm);
    let record = await settings.get<DemoSeedRecord>(DEMO_DOSSIERS_KEY);
    if (record && record.status !== 'running') return;
    if (!record) {
      record = { status: 'running', count: o.count ?? DEMO_DOSSIER_COUNT, seed: 42, ...demoRange(ctx.now().getTime()), startedAt: ctx.now().toISOString() };
      if (await dossierExchangeRepository(ctx.db.orm).hasDossiers()) return settings.set(DEMO_DOSSIERS_KEY, { ...record, status: 'skipped' });
      await settings.set(DEMO_DOSSIERS_KEY, record);
    }
    const started = Date.now();
    log(`cchc demo: seeding ${record.count.toLocaleString('en-US')} demo dossiers (${record.from} … ${record.to}) in the background`);
    const { errors: _errors, from: _from, to: _to, ...report } = await seedDemoDossiers(ctx, {
      count: record.count, seed: record.seed, from: record.from, to: record.to, batchSize: 500,
      onProgress: (p) => log(`cchc demo: ${p.lines.toLocaleString('en-US')} / ${record.count.toLocaleString('en-US')} demo dossiers`),
    });
    await takeOpenSnapshots(ctx);
    await settings.set(DEMO_DOSSIERS_KEY, { ...record, status: 'done', report });
    log(`cchc demo: ${report.imported.toLocaleString('en-US')} demo dossiers and ${report.events.toLocaleString('en-US')} events stored in ${((Date.now() - started) / 1000).toFixed(1)} s (${report.skipped} already there, ${report.failed} refused)`);
  } catch (error) {
    log(`cchc demo: seeding demo dossiers stopped: ${error instanceof Error ? error.message : String(error)} (it resumes on the next start)`);
  }
}
