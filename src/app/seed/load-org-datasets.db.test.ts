import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../app-context.js';
import { checkHistory } from '../../domain/org/check-history.js';
import { findByCodeOn, successorsOf, unitsAsOf } from '../../domain/org/org-queries.js';
import { rollupMembers } from '../../domain/org/rollup-members.js';
import type { OrgDataset } from '../../domain/org/org-dataset.js';
import { createTestDb, type TestDb } from '../../test-support/test-db.js';
import { loadOrgHistory } from '../org/load-org-history.js';
import { ORG_DATA_DIR } from './bootstrap.js';
import { loadOrgDatasets, readOrgDatasets } from './load-org-datasets.js';

let t: TestDb;
let ctx: AppContext;
beforeAll(async () => {
  t = await createTestDb();
  ctx = createAppContext(t.db, () => new Date('2026-11-21T03:00:00Z'));
  expect(await loadOrgDatasets(ctx, readOrgDatasets(ORG_DATA_DIR))).toEqual(['provinces', 'demo-province']);
});
afterAll(async () => { await t.drop(); });

describe('the shipped organisation data', () => {
  it('has 63 provinces on 2025-06-30 and 34 on 2025-07-01 (Resolution 202/2025/QH15)', async () => {
    const history = await loadOrgHistory(ctx);
    expect(unitsAsOf(history, '2025-06-30', 'province')).toHaveLength(63);
    expect(unitsAsOf(history, '2025-07-01', 'province')).toHaveLength(34);
    expect(checkHistory(history)).toEqual([]);
  });

  it('maps each merged province to its successor, reusing codes (Hà Giang → Tuyên Quang 08; Yên Bái 15 → Lào Cai 15)', async () => {
    const history = await loadOrgHistory(ctx);
    const code = (c: string, d: string) => findByCodeOn(history, c, d)!;
    expect(successorsOf(history, code('02', '2025-06-30').id).map((id) => history.units.get(id)!.code)).toEqual(['08']);
    const oldYenBai = code('15', '2025-06-30');
    const newLaoCai = code('15', '2025-07-01');
    expect(oldYenBai.id).not.toBe(newLaoCai.id);
    expect(successorsOf(history, oldYenBai.id)).toEqual([newLaoCai.id]);
    expect(code('01', '2025-06-30').id).toBe(code('01', '2025-07-01').id);
  });

  it('gives Hà Tĩnh 12 districts and 209 communes until 2025-06-30, then no district and 69 communes (Resolution 1665/NQ-UBTVQH15)', async () => {
    const history = await loadOrgHistory(ctx);
    const under = (date: string, level: 'district' | 'commune') => unitsAsOf(history, date, level).length;
    expect([under('2025-06-30', 'district'), under('2025-06-30', 'commune')]).toEqual([12, 209]);
    expect([under('2025-07-01', 'district'), under('2025-07-01', 'commune')]).toEqual([0, 69]);
    const haTinh = findByCodeOn(history, '42', '2026-01-01')!;
    const members = rollupMembers(history, haTinh.id).members;
    expect(new Set(members.map((m) => m.unitId)).size).toBeGreaterThanOrEqual(1 + 12 + 209 + 69);
  });

  it('loads nothing twice, and refuses an inconsistent dataset without writing any of it', async () => {
    expect(await loadOrgDatasets(ctx, readOrgDatasets(ORG_DATA_DIR))).toEqual([]);
    const broken: OrgDataset = {
      dataset: 'broken',
      units: [
        { key: 'A', code: '42', name: 'Trùng mã Hà Tĩnh', level: 'province', validFrom: '2026-01-01', validTo: null },
        { key: 'B', code: 'B1', name: 'Hợp lệ', level: 'province', validFrom: '2026-01-01', validTo: null },
      ],
    };
    await expect(loadOrgDatasets(ctx, [broken])).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const history = await loadOrgHistory(ctx);
    expect([...history.units.values()].some((u) => u.code === 'B1')).toBe(false);
  });
});
