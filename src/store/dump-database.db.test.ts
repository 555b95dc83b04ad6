import { describe, expect, it } from 'vitest';
import { createAppContext } from '../app/app-context.js';
import { bootstrap } from '../app/seed/bootstrap.js';
import { buildTestProvinceDatasets } from '../test-support/org-factory.js';
import { createTestDb } from '../test-support/test-db.js';
import { openDatabase } from './db.js';
import { currentVersion } from './migrate.js';
import { dumpDatabase, orderByDependencies } from './dump-database.js';
import { one, sql } from './db.js';

describe(orderByDependencies.name, () => {
  it('puts referenced tables first', () => {
    expect(orderByDependencies([{ name: 'b', deps: ['a'] }, { name: 'a', deps: [] }, { name: 'c', deps: ['b', 'a'] }])).toEqual(['a', 'b', 'c']);
  });
});

describe(dumpDatabase.name, () => {
  it('produces SQL that restores every row into an empty database, which then starts as already migrated', async () => {
    const source = await createTestDb();
    const ctx = createAppContext(source.db, () => new Date('2026-03-02T03:00:00Z'));
    await bootstrap(ctx, { demo: true, adminUser: undefined, adminPassword: undefined, provinceCode: undefined }, buildTestProvinceDatasets());
    const chunks: string[] = [];
    const result = await dumpDatabase(source.db, (c) => { chunks.push(c); });
    const count = async (db: typeof source.db, table: string) => (await one<{ n: number }>(db.orm, sql`select count(*)::int as n from ${sql.identifier(table)}`))!.n;
    const expected = { org_units: await count(source.db, 'org_units'), users: await count(source.db, 'users'), audit_log: await count(source.db, 'audit_log') };
    expect(result.rows).toBeGreaterThan(50);

    const target = await openDatabase({ dataDir: 'memory://' });
    try {
      await target.execScript(chunks.join(''));
      expect({ org_units: await count(target, 'org_units'), users: await count(target, 'users'), audit_log: await count(target, 'audit_log') }).toEqual(expected);
      expect(await currentVersion(target)).toBe(await currentVersion(source.db));
      await target.execScript("insert into audit_log (action, entity_type) values ('after.restore', 'test')");
    } finally {
      await target.close();
      await source.drop();
    }
  });
});
