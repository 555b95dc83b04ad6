import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../../test-support/domain-error.js';
import { appliedTo, buildOrgHistory, communeSpec, problemsAfterPlan, TEST_LEGAL_DOC } from '../../test-support/org-history-factory.js';
import { DomainError } from '../errors.js';
import { checkHistory } from './check-history.js';
import { applyChanges, type OrgChange } from './org-changes.js';
import { findByCodeOn, nameOn, parentOn, subtreeOn, unitsAsOf } from './org-queries.js';
import type { OrgHistory } from './org-types.js';
import { planCreateUnit, planDissolve, planMove, planRename } from './plan-unit-changes.js';

const { history, id } = buildOrgHistory();
const base = { eventId: 'e1', legalDoc: TEST_LEGAL_DOC };

const applied = (changes: OrgChange[], on: OrgHistory = history) => appliedTo(on, changes);

const problemsAfter = (plan: () => OrgChange[], on: OrgHistory = history) => problemsAfterPlan(plan, on);

describe(planCreateUnit.name, () => {
  const create = (spec: ReturnType<typeof communeSpec>, validFrom: string, on = history) => planCreateUnit(on, { ...base, unitId: 'new', spec, validFrom });

  it('creates the unit with its name, its parent link and a create event', () => {
    const changes = create(communeSpec('10009', 'Xã Mới', id('T1')), '2025-09-01');
    expect(changes.map((c) => c.op)).toEqual(['insertUnit', 'insertName', 'insertParent', 'insertEvent']);
    expect(changes.at(-1)).toMatchObject({ event: { id: 'e1', kind: 'create', effectiveOn: '2025-09-01', subjectIds: ['new'], legalDoc: TEST_LEGAL_DOC } });
    const after = applied(changes);
    expect(unitsAsOf(after, '2025-09-01', 'commune').find((u) => u.unit.id === 'new')).toMatchObject({ name: 'Xã Mới', parentId: id('T1') });
    expect(unitsAsOf(after, '2025-08-31', 'commune').some((u) => u.unit.id === 'new')).toBe(false);
  });

  // Under a parent that ends (D1 on 2025-06-30), the link ends with the parent; the unit waits for its next move.
  it('never leaves a link that outlives its parent when creating under a district that ends later', () => {
    expect(problemsAfter(() => create(communeSpec('10009', 'Xã Cũ', id('D1')), '2024-01-01'))).toEqual([]);
  });

  it('refuses a code held by another unit on the date with 409 CONFLICT naming the code field', () => {
    expect(domainErrorOf(() => create(communeSpec('10002', 'Xã Trùng', id('T1')), '2025-01-01'))).toMatchObject({ code: 'CONFLICT', details: { field: 'code', unitId: id('C12') } });
    expect(domainErrorOf(() => create(communeSpec('10001', 'Xã Trùng', id('T1')), '2025-08-01'))).toMatchObject({ code: 'CONFLICT', details: { field: 'code', unitId: id('N1') } });
  });

  it('refuses a code that a later unit takes over, since the new unit would still hold it then', () => {
    expect(domainErrorOf(() => create(communeSpec('10004', 'Xã Trước', id('T1')), '2025-06-30'))).toMatchObject({ code: 'CONFLICT', details: { field: 'code' } });
  });

  it('reuses the code of a unit that has ended', () => {
    const after = applied(create(communeSpec('10002', 'Xã Kế Mã', id('T1')), '2025-07-01'));
    expect(findByCodeOn(after, '10002', '2025-06-30')?.id).toBe(id('C12'));
    expect(findByCodeOn(after, '10002', '2025-07-01')?.id).toBe('new');
  });

  it('refuses a parent that does not exist on the date, or at all', () => {
    expect(domainErrorOf(() => create(communeSpec('10009', 'Xã Mới', id('D1')), '2025-07-01'))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'parentId', unitId: id('D1') } });
    expect(domainErrorOf(() => create(communeSpec('10009', 'Xã Mới', id('N1')), '2025-06-30'))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'parentId' } });
    expect(domainErrorOf(() => create(communeSpec('10009', 'Xã Mới', 'nobody'), '2025-07-01'))).toMatchObject({ code: 'NOT_FOUND', details: { field: 'parentId' } });
  });

  it('refuses a district created on or after 2025-07-01, citing Law 72/2025/QH15', () => {
    const district = { code: '103', name: 'Huyện Ba', nameEn: null, level: 'district' as const, kind: 'rural_district', parentId: id('T1') };
    for (const date of ['2025-07-01', '2026-01-01']) {
      const error = domainErrorOf(() => planCreateUnit(history, { ...base, unitId: 'new', spec: district, validFrom: date }));
      expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'level' } });
      expect(error.message).toContain('72/2025');
      expect(error.messageVi).toContain('72/2025');
    }
    applied(planCreateUnit(history, { ...base, unitId: 'new', spec: district, validFrom: '2025-06-30' }));
  });

  it('refuses a level that may not sit under the parent', () => {
    const spec = (level: 'commune' | 'district' | 'province', parentId: string | null) => ({ code: 'X1', name: 'Đơn vị', nameEn: null, level, kind: null, parentId });
    for (const [level, parentId] of [['commune', id('SNV')], ['commune', null], ['district', id('D1')], ['province', id('T1')]] as const) {
      expect(domainErrorOf(() => planCreateUnit(history, { ...base, unitId: 'new', spec: spec(level, parentId), validFrom: '2020-01-01' }))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'parentId' } });
    }
  });
});

describe(planRename.name, () => {
  const rename = (key: string, name: string, date: string, on = history) => planRename(on, { ...base, unitId: id(key), name, nameEn: null, date });

  it('keeps the old name for the days before the rename', () => {
    const after = applied(rename('SNV', 'Sở Nội vụ tỉnh Thử Nghiệm', '2025-08-01'));
    const snv = after.units.get(id('SNV'))!;
    expect(nameOn(snv, '2025-07-31').name).toBe('Sở Nội vụ');
    expect(nameOn(snv, '2025-08-01').name).toBe('Sở Nội vụ tỉnh Thử Nghiệm');
    expect(snv.names).toEqual([
      { name: 'Sở Nội vụ', nameEn: null, validFrom: '2000-01-01', validTo: '2025-07-31' },
      { name: 'Sở Nội vụ tỉnh Thử Nghiệm', nameEn: null, validFrom: '2025-08-01', validTo: null },
    ]);
    expect(after.events.at(-1)).toMatchObject({ kind: 'rename', effectiveOn: '2025-08-01', subjectIds: [id('SNV')] });
  });

  it('renames a unit that has since ended without outliving it', () => {
    const after = applied(rename('C11', 'Xã Một Một Mới', '2024-01-01'));
    expect(after.units.get(id('C11'))!.names.map((n) => [n.name, n.validFrom, n.validTo])).toEqual([
      ['Xã Một Một', '2000-01-01', '2023-12-31'],
      ['Xã Một Một Mới', '2024-01-01', '2025-06-30'],
    ]);
  });

  it('refuses the name the unit already bears', () => {
    expect(domainErrorOf(() => rename('SNV', 'Sở Nội vụ', '2025-08-01'))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'name' } });
  });

  it('refuses a rename dated on or before a change already recorded', () => {
    const after = applied(rename('SNV', 'Sở Nội vụ mới', '2025-08-01'));
    for (const date of ['2025-05-01', '2025-08-01']) {
      expect(domainErrorOf(() => rename('SNV', 'Sở Nội vụ khác', date, after))).toMatchObject({ code: 'CONFLICT', details: { field: 'date' } });
    }
    applied(rename('SNV', 'Sở Nội vụ khác', '2025-08-02', after), after);
  });

  it('refuses a rename on the first day of the unit or when it does not exist', () => {
    expect(domainErrorOf(() => rename('N1', 'Xã Một Mới', '2025-07-01'))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'date' } });
    expect(domainErrorOf(() => rename('C11', 'Xã Một Một Mới', '2025-07-01'))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'date' } });
    expect(domainErrorOf(() => planRename(history, { ...base, unitId: 'nobody', name: 'X', nameEn: null, date: '2025-07-01' }))).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe(planMove.name, () => {
  const move = (key: string, parentId: string, date: string, on = history) => planMove(on, { ...base, unitId: id(key), parentId, date });

  it('ends the old parent link the day before and starts the new one on the date', () => {
    const after = applied(move('HCC', id('SNV'), '2025-08-01'));
    expect(after.units.get(id('HCC'))!.parents).toEqual([
      { parentId: id('T1'), validFrom: '2000-01-01', validTo: '2025-07-31' },
      { parentId: id('SNV'), validFrom: '2025-08-01', validTo: null },
    ]);
    expect(after.events.at(-1)).toMatchObject({ kind: 'move', subjectIds: [id('HCC')] });
  });

  it('moves a commune from one district to the other before 2025-07-01, until it ends', () => {
    const after = applied(move('C11', id('D2'), '2024-01-01'));
    const c11 = after.units.get(id('C11'))!;
    expect([parentOn(c11, '2023-12-31'), parentOn(c11, '2024-01-01'), parentOn(c11, '2025-06-30'), parentOn(c11, '2025-07-01')]).toEqual([id('D1'), id('D2'), id('D2'), null]);
    expect([...subtreeOn(after, id('D1'), '2024-01-01')].sort()).toEqual([id('D1'), id('C12'), id('C13')].sort());
  });

  it('refuses a move under the unit itself or under one of its descendants', () => {
    const withOffice = applied(planCreateUnit(history, { ...base, unitId: 'office', spec: { code: 'T1.SNV.VP', name: 'Văn phòng Sở', nameEn: null, level: 'department', kind: null, parentId: id('SNV') }, validFrom: '2024-01-01' }));
    expect(domainErrorOf(() => move('SNV', 'office', '2025-01-01', withOffice))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'parentId', unitId: id('SNV'), parentId: 'office' } });
    expect(domainErrorOf(() => move('SNV', id('SNV'), '2025-01-01'))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'parentId' } });
  });

  it('refuses a move under the parent the unit already has', () => {
    expect(domainErrorOf(() => move('SNV', id('T1'), '2025-01-01'))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'parentId' } });
  });

  it('refuses a parent of the wrong level, or one that does not exist on the date', () => {
    expect(domainErrorOf(() => move('N1', id('SNV'), '2025-08-01'))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'parentId' } });
    expect(domainErrorOf(() => move('N1', id('D1'), '2025-08-01'))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'parentId', unitId: id('D1') } });
  });

  // As for planCreateUnit: the link under D1 ends with D1.
  it('never leaves a link that outlives its parent when moving under a district that ends later', () => {
    const created = applied(planCreateUnit(history, { ...base, unitId: 'new', spec: communeSpec('10009', 'Xã Mới', id('T1')), validFrom: '2024-01-01' }));
    expect(problemsAfter(() => planMove(created, { ...base, unitId: 'new', parentId: id('D1'), date: '2024-06-01' }), created)).toEqual([]);
  });
});

describe(planDissolve.name, () => {
  const dissolve = (key: string, date: string, on = history) => planDissolve(on, { ...base, unitId: id(key), date });

  it('refuses to dissolve a unit that still has sub-units on the date, naming them', () => {
    const office = { code: 'T1.STP.VP', name: 'Văn phòng Sở', nameEn: null, level: 'department' as const, kind: null, parentId: id('STP') };
    const withOffice = applied(planCreateUnit(history, { ...base, unitId: 'office', spec: office, validFrom: '2024-01-01' }));
    const error = domainErrorOf(() => dissolve('STP', '2025-01-01', withOffice));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'unitId' } });
    expect(error.message).toContain('T1.STP.VP');
  });

  it('refuses to dissolve a unit before the date of a sub-unit already recorded under it', () => {
    const office = { code: 'T1.STP.VP', name: 'Văn phòng Sở', nameEn: null, level: 'department' as const, kind: null, parentId: id('STP') };
    const withOffice = applied(planCreateUnit(history, { ...base, unitId: 'office', spec: office, validFrom: '2024-01-01' }));
    const error = domainErrorOf(() => dissolve('STP', '2023-06-01', withOffice));
    expect(error).toMatchObject({ code: 'CONFLICT', details: { field: 'date', unitId: id('STP') } });
    expect(error.message).toContain('T1.STP.VP');
  });

  it('refuses to dissolve a unit before an event in which it takes over another unit', () => {
    expect(domainErrorOf(() => dissolve('SNV', '2025-03-01'))).toMatchObject({ code: 'CONFLICT', details: { field: 'date', unitId: id('SNV') } });
    applied(dissolve('SNV', '2025-03-02'));
  });

  it('records the dissolution of a unit whose end is already recorded for the day before', () => {
    const after = applied(dissolve('D1', '2025-07-01'));
    expect(after.units.get(id('D1'))!.validTo).toBe('2025-06-30');
    expect(after.events.at(-1)).toMatchObject({ kind: 'dissolve', effectiveOn: '2025-07-01', subjectIds: [id('D1')] });
  });

  it('ends the unit, its current name and parent link the day before', () => {
    const after = applied(dissolve('STP', '2025-09-01'));
    const stp = after.units.get(id('STP'))!;
    expect(stp.validTo).toBe('2025-08-31');
    expect(stp.names.map((n) => n.validTo)).toEqual(['2025-08-31']);
    expect(stp.parents.map((p) => p.validTo)).toEqual(['2025-08-31']);
    expect(after.events.at(-1)).toMatchObject({ kind: 'dissolve', effectiveOn: '2025-09-01', subjectIds: [id('STP')], predecessorIds: [], successorIds: [] });
    expect(unitsAsOf(after, '2025-09-01').some((u) => u.unit.id === stp.id)).toBe(false);
  });

  it('refuses a unit that did not exist the day before, and one whose recorded end is on or after the date', () => {
    expect(domainErrorOf(() => dissolve('N1', '2025-07-01'))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'date' } });
    expect(domainErrorOf(() => dissolve('C11', '2025-08-01'))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'date' } });
    expect(domainErrorOf(() => dissolve('C11', '2024-01-01'))).toMatchObject({ code: 'CONFLICT', details: { field: 'date', unitId: id('C11') } });
  });
});
