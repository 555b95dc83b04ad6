import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../app-context.js';
import { ORG_DATA_DIR } from '../seed/bootstrap.js';
import { loadOrgDatasets, readOrgDatasets } from '../seed/load-org-datasets.js';
import { checkCompleteness } from '../../domain/procedures/check-completeness.js';
import { createTestDb, type TestDb } from '../../test-support/test-db.js';
import { exportProcedures } from './export-procedures.js';
import { findVersionInForce } from './find-version-in-force.js';
import { loadProcedureDatasets, readShippedProcedures } from './load-procedure-datasets.js';

let db: TestDb;
let ctx: AppContext;
beforeAll(async () => {
  db = await createTestDb();
  ctx = createAppContext(db.db, () => new Date('2026-03-02T03:00:00Z'));
  await loadOrgDatasets(ctx, readOrgDatasets(ORG_DATA_DIR));
});
afterAll(async () => { await db.drop(); });

describe(loadProcedureDatasets.name, () => {
  it('loads the shipped Hà Tĩnh catalogue against the real organisation data, once', async () => {
    const shipped = readShippedProcedures();
    expect(await loadProcedureDatasets(ctx, shipped)).toEqual(['ha-tinh-procedures']);
    expect(await loadProcedureDatasets(ctx, shipped)).toEqual([]);
    expect((await exportProcedures(ctx, { format: 'json' })).count).toBe(shipped[0].procedures.length);
  });

  it('keeps the district-level household-business version for dossiers received before 2025-07-01', async () => {
    const before = await findVersionInForce(ctx, { code: '1.001612', on: '2025-06-30' });
    const after = await findVersionInForce(ctx, { code: '1.001612', on: '2025-07-01' });
    expect([before.level, before.competentUnitIds.length, before.validTo]).toEqual(['district', 12, '2025-06-30']);
    expect([after.level, after.competentUnitIds.length, after.version]).toEqual(['commune', 69, 2]);
  });

  it('ships only versions that are complete against Decree 63/2010 Art. 8(2)', async () => {
    const records = JSON.parse((await exportProcedures(ctx, { format: 'json' })).body) as Array<{ code: string; validFrom: string }>;
    for (const r of records) {
      const v = await findVersionInForce(ctx, { code: r.code, on: r.validFrom });
      expect(checkCompleteness(v).filter((p) => p.severity === 'required'), r.code).toEqual([]);
    }
  });

  it('skips a catalogue whose province is not loaded', async () => {
    expect(await loadProcedureDatasets(ctx, [{ dataset: 'elsewhere', provinceCode: '99', procedures: readShippedProcedures()[0].procedures }])).toEqual([]);
  });
});
