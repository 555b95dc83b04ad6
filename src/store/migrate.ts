import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { one, rows, sql, type Db } from './db.js';
import { splitSql } from './split-sql.js';

const migrationsDir = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export type Migration = { version: number; name: string; script: string };

/** The SQL migrations shipped with this build, in order. */
export function listMigrations(): Migration[] {
  return readdirSync(migrationsDir)
    .filter((file) => /^\d{4}_.+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 4)),
      name: file.slice(5, -4),
      script: readFileSync(join(migrationsDir, file), 'utf8'),
    }));
}

/** Applies pending migrations, each in its own transaction, under an advisory lock. Returns the version. */
export async function migrate(db: Db): Promise<number> {
  await db.execScript(`create table if not exists schema_migrations (
    version integer primary key, name text not null, applied_at timestamptz not null default now())`);
  const migrations = listMigrations();
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(74021)`);
    const applied = new Set(
      (await rows<{ version: number }>(tx, sql`select version from schema_migrations`)).map((r) => r.version),
    );
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      for (const statement of splitSql(migration.script)) await tx.execute(sql.raw(statement));
      await tx.execute(sql`insert into schema_migrations (version, name) values (${migration.version}, ${migration.name})`);
    }
  });
  return currentVersion(db);
}

/** The highest applied migration version (0 when none). */
export async function currentVersion(db: Db): Promise<number> {
  const row = await one<{ v: number | null }>(db.orm, sql`select max(version)::int as v from schema_migrations`);
  return row?.v ?? 0;
}
