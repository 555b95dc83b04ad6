import { describe, expect, it } from 'vitest';
import { buildOrgHistory, TEST_LEGAL_DOC } from '../../test-support/org-history-factory.js';
import { applyChanges } from './org-changes.js';
import { ancestorsOn, childrenIndex, findByCodeOn, nameOn, parentOn, predecessorsOf, subtreeOn, successorsOf, unitsAsOf } from './org-queries.js';
import { isValidOn, overlaps } from './org-types.js';
import { planMove, planRename } from './plan-unit-changes.js';

const { history, id } = buildOrgHistory();
const unit = (key: string) => history.units.get(id(key))!;
const codes = (list: Array<{ unit: { code: string } }>) => list.map((u) => u.unit.code).sort();
const ids = (...keys: string[]) => keys.map((k) => id(k)).sort();

describe(isValidOn.name, () => {
  it('treats both ends as inclusive and a null end as still valid', () => {
    const interval = { validFrom: '2025-01-01', validTo: '2025-06-30' };
    expect(['2024-12-31', '2025-01-01', '2025-06-30', '2025-07-01'].map((d) => isValidOn(interval, d))).toEqual([false, true, true, false]);
    expect(isValidOn({ validFrom: '2025-01-01', validTo: null }, '2099-12-31')).toBe(true);
  });
});

describe(overlaps.name, () => {
  it('counts one shared day as an overlap, and the day after as none', () => {
    expect(overlaps({ validFrom: '2020-01-01', validTo: '2025-06-30' }, { validFrom: '2025-06-30', validTo: null })).toBe(true);
    expect(overlaps({ validFrom: '2020-01-01', validTo: '2025-06-30' }, { validFrom: '2025-07-01', validTo: null })).toBe(false);
    expect(overlaps({ validFrom: '2025-07-01', validTo: null }, { validFrom: '2020-01-01', validTo: null })).toBe(true);
  });
});

describe(unitsAsOf.name, () => {
  it('lists the two districts and six old communes on 2025-06-30, under their districts', () => {
    expect(codes(unitsAsOf(history, '2025-06-30', 'district'))).toEqual(['101', '102']);
    const communes = unitsAsOf(history, '2025-06-30', 'commune');
    expect(codes(communes)).toEqual(['10001', '10002', '10003', '10004', '10005', '10006']);
    expect(communes.find((c) => c.unit.id === id('C11'))).toMatchObject({ name: 'Xã Một Một', parentId: id('D1'), successorIds: [id('N1')] });
    expect(communes.find((c) => c.unit.id === id('C23'))).toMatchObject({ parentId: id('D2'), successorIds: [id('N3')] });
  });

  it('has no district from 2025-07-01 and three merged communes directly under the province', () => {
    expect(unitsAsOf(history, '2025-07-01', 'district')).toEqual([]);
    const communes = unitsAsOf(history, '2025-07-01', 'commune');
    expect(communes.map((c) => c.unit.id).sort()).toEqual(ids('N1', 'N2', 'N3'));
    expect(communes.map((c) => [c.name, c.parentId]).sort()).toEqual([['Xã Ba', id('T1')], ['Xã Hai', id('T1')], ['Xã Một', id('T1')]]);
    expect(communes.every((c) => c.successorIds.length === 0)).toBe(true);
  });

  it('lists every level when none is given, and drops the department merged away on 2025-03-01', () => {
    expect(codes(unitsAsOf(history, '2025-02-28')).filter((c) => c.startsWith('T1.'))).toEqual(['T1.HCC', 'T1.SLDTBXH', 'T1.SNV', 'T1.STP']);
    expect(codes(unitsAsOf(history, '2025-03-01')).filter((c) => c.startsWith('T1.'))).toEqual(['T1.HCC', 'T1.SNV', 'T1.STP']);
    expect(unitsAsOf(history, '1999-12-31')).toEqual([]);
  });
});

describe(nameOn.name, () => {
  const renamed = applyChanges(history, planRename(history, { eventId: 'e1', legalDoc: TEST_LEGAL_DOC, unitId: id('STP'), name: 'Sở Tư pháp tỉnh', nameEn: 'Department of Justice', date: '2024-05-01' }));
  const stp = renamed.units.get(id('STP'))!;

  it('gives the old name up to the day before a rename and the new one from its date', () => {
    expect(nameOn(stp, '2024-04-30')).toEqual({ name: 'Sở Tư pháp', nameEn: null });
    expect(nameOn(stp, '2024-05-01')).toEqual({ name: 'Sở Tư pháp tỉnh', nameEn: 'Department of Justice' });
    expect(unitsAsOf(renamed, '2024-04-30', 'department').find((u) => u.unit.id === stp.id)?.name).toBe('Sở Tư pháp');
  });

  it('gives the first name before the unit existed and the last one after it ended', () => {
    expect(nameOn(stp, '1990-01-01').name).toBe('Sở Tư pháp');
    expect(nameOn(unit('C11'), '2030-01-01').name).toBe('Xã Một Một');
  });
});

describe(parentOn.name, () => {
  const moved = applyChanges(history, planMove(history, { eventId: 'e1', legalDoc: TEST_LEGAL_DOC, unitId: id('HCC'), parentId: id('SNV'), date: '2024-05-01' }));
  const hcc = moved.units.get(id('HCC'))!;

  it('gives the old parent up to the day before a move and the new one from its date', () => {
    expect(parentOn(hcc, '2024-04-30')).toBe(id('T1'));
    expect(parentOn(hcc, '2024-05-01')).toBe(id('SNV'));
    expect(ancestorsOn(moved, hcc.id, '2024-05-01')).toEqual([id('SNV'), id('T1')]);
  });

  it('gives null for a province and for a date outside every link', () => {
    expect(parentOn(unit('T1'), '2025-01-01')).toBeNull();
    expect(parentOn(unit('C11'), '2025-07-01')).toBeNull();
  });
});

describe(successorsOf.name, () => {
  it('follows merges to the successor, never to the unit itself', () => {
    expect(successorsOf(history, id('C11'))).toEqual([id('N1')]);
    expect(successorsOf(history, id('T3'))).toEqual([id('T4')]);
    expect(successorsOf(history, id('SLD'))).toEqual([id('SNV')]);
    expect(successorsOf(history, id('SNV'))).toEqual([]);
    expect(successorsOf(history, id('N1'))).toEqual([]);
  });
});

describe(predecessorsOf.name, () => {
  it('lists the units merged into a successor, not the continuing successor itself', () => {
    expect(predecessorsOf(history, id('N1')).sort()).toEqual(ids('C11', 'C12', 'C13'));
    expect(predecessorsOf(history, id('N2')).sort()).toEqual(ids('C21', 'C22'));
    expect(predecessorsOf(history, id('T4')).sort()).toEqual(ids('T2', 'T3'));
    expect(predecessorsOf(history, id('SNV'))).toEqual([id('SLD')]);
    expect(predecessorsOf(history, id('C11'))).toEqual([]);
  });
});

describe(subtreeOn.name, () => {
  it('holds the districts, old communes and departments of the province before the reform', () => {
    expect([...subtreeOn(history, id('T1'), '2025-02-28')].sort()).toEqual(ids('T1', 'SNV', 'SLD', 'STP', 'HCC', 'D1', 'D2', 'C11', 'C12', 'C13', 'C21', 'C22', 'C23'));
    expect([...subtreeOn(history, id('D1'), '2025-06-30')].sort()).toEqual(ids('D1', 'C11', 'C12', 'C13'));
  });

  it('holds only the units valid on the date after the reform', () => {
    expect([...subtreeOn(history, id('T1'), '2025-07-01')].sort()).toEqual(ids('T1', 'SNV', 'STP', 'HCC', 'N1', 'N2', 'N3'));
    expect([...subtreeOn(history, id('T4'), '2025-07-01')]).toEqual([id('T4')]);
  });
});

describe(childrenIndex.name, () => {
  it('indexes the children of each unit on the date', () => {
    const index = childrenIndex(history, '2025-06-30');
    expect([...index.get(id('D2'))!].sort()).toEqual(ids('C21', 'C22', 'C23'));
    expect(childrenIndex(history, '2025-07-01').get(id('D2'))).toBeUndefined();
  });
});

describe(ancestorsOn.name, () => {
  it('walks up nearest first, following the tree of the date', () => {
    expect(ancestorsOn(history, id('C12'), '2025-06-30')).toEqual([id('D1'), id('T1')]);
    expect(ancestorsOn(history, id('N1'), '2025-07-01')).toEqual([id('T1')]);
    expect(ancestorsOn(history, id('T1'), '2025-07-01')).toEqual([]);
  });
});

describe(findByCodeOn.name, () => {
  it('finds the old province T3 before 2025-07-01 and the new one that reuses its code from then', () => {
    expect(findByCodeOn(history, 'T3', '2025-06-30')?.id).toBe(id('T3'));
    expect(findByCodeOn(history, 'T3', '2025-07-01')?.id).toBe(id('T4'));
    expect(nameOn(findByCodeOn(history, 'T3', '2025-07-01')!, '2025-07-01').name).toBe('Tỉnh Ba Mới');
  });

  it('finds a reused commune code on each side of the reform, and nothing for a retired code', () => {
    expect(findByCodeOn(history, '10001', '2025-06-30')?.id).toBe(id('C11'));
    expect(findByCodeOn(history, '10001', '2025-07-01')?.id).toBe(id('N1'));
    expect(findByCodeOn(history, '10002', '2025-07-01')).toBeUndefined();
    expect(findByCodeOn(history, 'T2', '2025-07-01')).toBeUndefined();
  });
});
