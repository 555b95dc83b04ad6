import { jobRepository } from '../../store/repositories/job.repository.js';
import type { AppContext } from '../app-context.js';

const LEASE_MS = 30 * 60 * 1000;

/**
 * Runs a job once per scheduled slot across every server process: claim (SKIP LOCKED; skipped when another process
 * holds the lease or already started this slot), run outside the claim's transaction (the job opens its own), record
 * the result or the error. The slot defaults to the current minute. Returns null when the job was skipped.
 */
export async function runJob<T>(ctx: AppContext, name: string, work: () => Promise<T>, slot?: Date): Promise<{ result: T } | { error: string } | null> {
  const now = ctx.now();
  const minute = slot ?? new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const claimed = await ctx.db.transaction((tx) => jobRepository(tx).claim(name, now, new Date(now.getTime() + LEASE_MS), minute));
  if (!claimed) return null;
  try {
    const result = await work();
    await jobRepository(ctx.db.orm).finish(name, ctx.now(), result, null);
    return { result };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await jobRepository(ctx.db.orm).finish(name, ctx.now(), null, message);
    return { error: message };
  }
}
