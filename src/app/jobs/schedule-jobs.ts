import { Cron } from 'croner';
import type { AppContext } from '../app-context.js';
import { closeStaleSupplements } from '../dossiers/close-stale-supplements.js';
import { recordEscalations } from '../dossiers/record-escalations.js';
import { vacuumEmbeddedDatabase } from '../maintenance/vacuum-embedded-database.js';
import { takeOpenSnapshots } from '../statistics/take-open-snapshots.js';
import { runJob } from './run-job.js';

/** The scheduled jobs, in Vietnam time. */
export const JOBS = [
  /** Close dossiers waiting more than 15 working days for a supplement (domain.md §1.4 C; requirement 8). */
  { name: 'close-stale-supplements', pattern: '15 0 * * *', run: (ctx: AppContext) => closeStaleSupplements(ctx) },
  /** Record overdue consultations and agency steps once as `escalated` events to the head of the One-Stop Unit (requirement 11). */
  { name: 'record-escalations', pattern: '20 0 * * *', run: (ctx: AppContext) => recordEscalations(ctx) },
  /** Materialise the open-dossier counts of past days for historical II.06a figures (issue 5 §5). */
  { name: 'take-open-snapshots', pattern: '30 0 * * *', run: (ctx: AppContext) => takeOpenSnapshots(ctx) },
  /** The embedded database's autovacuum (PGlite has none): dead rows reclaimed, statistics refreshed. */
  { name: 'vacuum-embedded-database', pattern: '45 0 * * *', run: (ctx: AppContext) => vacuumEmbeddedDatabase(ctx) },
] as const;

/** Starts the schedules; returns a function that stops them (server shutdown). */
export function scheduleJobs(ctx: AppContext, log: (message: string) => void = () => undefined): () => void {
  const crons = JOBS.map((job) => new Cron(job.pattern, { timezone: 'Asia/Ho_Chi_Minh', protect: true }, async () => {
    const outcome = await runJob<unknown>(ctx, job.name, () => job.run(ctx));
    if (outcome && 'error' in outcome) log(`job ${job.name} failed: ${outcome.error}`);
  }));
  return () => crons.forEach((c) => c.stop());
}
