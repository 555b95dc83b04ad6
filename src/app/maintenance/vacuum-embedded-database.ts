import { maintenanceRepository } from '../../store/repositories/maintenance.repository.js';
import type { AppContext } from '../app-context.js';

export type VacuumOutcome = { vacuumed: boolean; ms: number };

/**
 * The embedded database's autovacuum: PGlite runs PostgreSQL in single-user mode, where no autovacuum worker reclaims
 * the dead rows every dossier transition leaves or keeps the planner statistics and visibility map fresh. A nightly job
 * does it (PostgreSQL servers have autovacuum: nothing to do there).
 */
export async function vacuumEmbeddedDatabase(ctx: AppContext): Promise<VacuumOutcome> {
  if (ctx.db.kind !== 'pglite') return { vacuumed: false, ms: 0 };
  const start = performance.now();
  await maintenanceRepository(ctx.db.orm).vacuumAnalyze();
  return { vacuumed: true, ms: Math.round(performance.now() - start) };
}
