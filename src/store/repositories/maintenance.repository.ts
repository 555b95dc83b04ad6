import { rows, sql, type Executor } from '../db.js';

/** Database housekeeping. No rules. */
export const maintenanceRepository = (ex: Executor) => ({
  /**
   * VACUUM (ANALYZE) of the given tables, or of every table: dead rows reclaimed, visibility map and planner statistics
   * refreshed (outside a transaction).
   */
  async vacuumAnalyze(tables: readonly string[] = []): Promise<void> {
    await ex.execute(sql.raw(`vacuum (analyze) ${tables.map((t) => `"${t.replace(/"/g, '')}"`).join(', ')}`));
  },
  /** What VACUUM and ANALYZE last recorded for a table in pg_class: pages known all-visible, and the estimated rows (-1: never analysed). */
  async tableState(table: string): Promise<{ allVisiblePages: number; estimatedRows: number }> {
    const [r] = await rows<{ v: number; t: number }>(ex, sql`select relallvisible::int as v, reltuples::float8 as t from pg_class where relname = ${table} and relkind = 'r'`);
    return { allVisiblePages: Number(r.v), estimatedRows: Number(r.t) };
  },
});
