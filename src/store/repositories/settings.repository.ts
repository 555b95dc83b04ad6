import { one, rows, sql, type Executor } from '../db.js';

/** Small key/value facts about the installation. */
export const settingsRepository = (ex: Executor) => ({
  async get<T>(key: string): Promise<T | undefined> {
    return (await one<{ value: T }>(ex, sql`select value from app_settings where key = ${key}`))?.value;
  },
  async set(key: string, value: unknown): Promise<void> {
    await ex.execute(sql`insert into app_settings (key, value) values (${key}, ${JSON.stringify(value)}::jsonb)
      on conflict (key) do update set value = excluded.value, updated_at = now()`);
  },
  /** A counter that changes whenever the data it stands for changes (cache keys of org history, calendar…). */
  async counter(key: string): Promise<string> {
    return (await one<{ v: string }>(ex, sql`select coalesce((select value::text from app_settings where key = ${key}), '0') as v`))?.v ?? '0';
  },
  /** Several counters in one query, '0' for those never bumped. */
  async counters<K extends string>(keys: readonly K[]): Promise<Record<K, string>> {
    const found = await rows<{ key: K; v: string }>(ex, sql`select key, value::text as v from app_settings where key = any(${`{${keys.join(',')}}`}::text[])`);
    const out = Object.fromEntries(keys.map((k) => [k, '0'])) as Record<K, string>;
    for (const r of found) out[r.key] = r.v;
    return out;
  },
  async bumpCounter(key: string): Promise<void> {
    await ex.execute(sql`insert into app_settings (key, value) values (${key}, '1'::jsonb)
      on conflict (key) do update set value = to_jsonb((app_settings.value #>> '{}')::bigint + 1), updated_at = now()`);
  },
});
