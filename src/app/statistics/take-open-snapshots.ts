import { epochDayOfInstant } from '../../domain/shared/local-date.js';
import { rows, sql } from '../../store/db.js';
import { statisticsRepository } from '../../store/repositories/statistics.repository.js';
import type { AppContext } from '../app-context.js';

/**
 * The nightly snapshot of open dossiers: materialises the open counts at the end of every past local day that has
 * none yet (at most `maxDays` back), so historical in-progress figures read one row per unit and field (issue 5 §5).
 * Returns how many days lacked one.
 */
export async function takeOpenSnapshots(ctx: AppContext, o: { maxDays?: number } = {}): Promise<{ days: number }> {
  const yesterday = epochDayOfInstant(ctx.now().getTime()) - 1;
  const first = (await rows<{ d: number | null }>(ctx.db.orm, sql`select min(received_day) as d from stat_dossier_facts where counted`))[0]?.d;
  if (first === null || first === undefined || first > yesterday) return { days: 0 };
  const from = Math.max(first, yesterday - (o.maxDays ?? 800) + 1);
  const have = (await rows<{ n: number }>(ctx.db.orm, sql`select count(*)::int as n from stat_snapshot_days where day between ${from} and ${yesterday}`))[0].n;
  if (have === yesterday - from + 1) return { days: 0 };
  await ctx.db.transaction((tx) => statisticsRepository(tx).takeSnapshots(from, yesterday));
  return { days: yesterday - from + 1 - have };
}
