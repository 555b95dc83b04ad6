import { one, rows, sql, toIso, type Executor } from '../db.js';

export type JobRecord = { name: string; lockedUntil: string | null; lastStartedAt: string | null; lastFinishedAt: string | null; lastResult: unknown; lastError: string | null };

/** Leases on scheduled jobs. */
export const jobRepository = (ex: Executor) => ({
  /** Takes the job's lease until `until` unless another process holds it or already ran this slot; true when taken. */
  async claim(name: string, now: Date, until: Date, slot: Date): Promise<boolean> {
    await ex.execute(sql`insert into jobs (name) values (${name}) on conflict (name) do nothing`);
    const free = await one(ex, sql`select name from jobs where name = ${name} and (locked_until is null or locked_until < ${now.toISOString()})
      and (last_started_at is null or last_started_at < ${slot.toISOString()}) for update skip locked`);
    if (!free) return false;
    await ex.execute(sql`update jobs set locked_until = ${until.toISOString()}, last_started_at = ${now.toISOString()} where name = ${name}`);
    return true;
  },
  async finish(name: string, now: Date, result: unknown, error: string | null): Promise<void> {
    await ex.execute(sql`update jobs set locked_until = null, last_finished_at = ${now.toISOString()}, last_result = ${JSON.stringify(result ?? null)}::jsonb, last_error = ${error} where name = ${name}`);
  },
  async list(): Promise<JobRecord[]> {
    const list = await rows<Record<string, unknown>>(ex, sql`select * from jobs order by name`);
    return list.map((r) => ({ name: r.name as string, lockedUntil: toIso(r.locked_until as string | null), lastStartedAt: toIso(r.last_started_at as string | null), lastFinishedAt: toIso(r.last_finished_at as string | null), lastResult: r.last_result, lastError: r.last_error as string | null }));
  },
});
