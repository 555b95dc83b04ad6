import { one, sql, type Executor } from '../db.js';

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
  async bumpCounter(key: string): Promise<void> {
    await ex.execute(sql`insert into app_settings (key, value) values (${key}, '1'::jsonb)
      on conflict (key) do update set value = to_jsonb((app_settings.value #>> '{}')::bigint + 1), updated_at = now()`);
  },
});
