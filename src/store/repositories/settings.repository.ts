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
});
