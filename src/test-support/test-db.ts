import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Db } from '../store/db.js';
import { migrate } from '../store/migrate.js';

export type TestDb = { db: Db; drop: () => Promise<void> };

/**
 * A fresh, migrated database for one test file: PGlite in memory, or — when DATABASE_URL is set — a new database on
 * that PostgreSQL server, dropped by `drop()`.
 */
export async function createTestDb(): Promise<TestDb> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const db = await openDatabase({ dataDir: 'memory://' });
    await migrate(db);
    return { db, drop: () => db.close() };
  }
  const name = `cchc_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  // drop() terminates the database's connections; one the pool still held is expected to break then.
  const db = await openDatabase({ databaseUrl: testUrl.toString(), poolSize: 4, onConnectionError: () => undefined });
  await migrate(db);
  return {
    db,
    drop: async () => {
      await db.close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
