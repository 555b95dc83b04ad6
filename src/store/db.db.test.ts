import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../test-support/test-db.js';
import { openDatabase, rows, sql } from './db.js';

describe.skipIf(!process.env.DATABASE_URL)('a PostgreSQL pool whose idle connection breaks', () => {
  it('reports the broken connection instead of crashing, and serves the next query on a new one', async () => {
    const { db: testDb, drop } = await createTestDb();
    const url = new URL(process.env.DATABASE_URL as string);
    url.pathname = `/${(await rows<{ name: string }>(testDb.orm, sql`select current_database() as name`))[0].name}`;
    const broken: Error[] = [];
    const db = await openDatabase({ databaseUrl: url.toString(), poolSize: 2, onConnectionError: (error) => broken.push(error) });
    try {
      const [{ pid }] = await rows<{ pid: number }>(db.orm, sql`select pg_backend_pid() as pid`);
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query('select pg_terminate_backend($1)', [pid]);
      await admin.end();
      await expect.poll(() => broken.length).toBe(1);
      expect(broken[0].message).toMatch(/terminating connection/);
      const [{ answer }] = await rows<{ answer: number }>(db.orm, sql`select 42 as answer`);
      expect(answer).toBe(42);
    } finally {
      await db.close();
      await drop();
    }
  });
});
