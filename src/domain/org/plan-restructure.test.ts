import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../../test-support/domain-error.js';
import { appliedTo, buildOrgHistory, communeSpec, problemsAfterPlan, TEST_LEGAL_DOC } from '../../test-support/org-history-factory.js';
import { DomainError } from '../errors.js';
import { checkHistory } from './check-history.js';
import { applyChanges, type OrgChange } from './org-changes.js';
import { findByCodeOn, parentOn, predecessorsOf, subtreeOn, successorsOf, unitsAsOf } from './org-queries.js';
import type { OrgHistory } from './org-types.js';
import { planMerge, planSplit } from './plan-restructure.js';
import { planCreateUnit, planDissolve, planMove } from './plan-unit-changes.js';

const { history, id } = buildOrgHistory();
const base = { eventId: 'e1', legalDoc: TEST_LEGAL_DOC };

const applied = (changes: OrgChange[], on: OrgHistory = history) => appliedTo(on, changes);

const problemsAfter = (plan: () => OrgChange[], on: OrgHistory = history) => problemsAfterPlan(plan, on);

/** The fixture with an office under the Department of Justice from 2024-01-01. */
const withOffice = applied(planCreateUnit(history, {
  ...base, unitId: 'office', validFrom: '2024-01-01',
  spec: { code: 'T1.STP.VP', name: 'Văn phòng Sở Tư pháp', nameEn: null, level: 'department', kind: null, parentId: id('STP') },
}));

describe(planMerge.name, () => {
  it('ends every predecessor, its name and parent link the day before, and starts the new successor on the date', () => {
    const after = applied(planMerge(history, {
      ...base, date: '2026-01-01', predecessorIds: [id('N1'), id('N2')],
      successor: { newId: 'n12', spec: communeSpec('10010', 'Xã Một Hai', id('T1')) },
    }));
    for (const key of ['N1', 'N2']) {
      const unit = after.units.get(id(key))!;
      expect([unit.validTo, unit.names.at(-1)!.validTo, unit.parents.at(-1)!.validTo]).toEqual(['2025-12-31', '2025-12-31', '2025-12-31']);
    }
    expect(after.units.get('n12')).toMatchObject({ validFrom: '2026-01-01', validTo: null, parents: [{ parentId: id('T1'), validFrom: '2026-01-01', validTo: null }] });
    expect(after.events.at(-1)).toMatchObject({ id: 'e1', kind: 'merge', effectiveOn: '2026-01-01', predecessorIds: [id('N1'), id('N2')], successorIds: ['n12'] });
    expect(unitsAsOf(after, '2026-01-01', 'commune').map((u) => u.unit.id).sort()).toEqual([id('N3'), 'n12'].sort());
  });

  it('lets the new successor reuse the code of a predecessor', () => {
    const after = applied(planMerge(history, {
      ...base, date: '2026-01-01', predecessorIds: [id('N1'), id('N2')], successor: { newId: 'n12', spec: communeSpec('10001', 'Xã Một', id('T1')) },
    }));
    expect(findByCodeOn(after, '10001', '2025-12-31')?.id).toBe(id('N1'));
    expect(findByCodeOn(after, '10001', '2026-01-01')?.id).toBe('n12');
  });

  it('keeps an existing successor that is listed among the predecessors, and its history', () => {
    const after = applied(planMerge(history, { ...base, date: '2026-01-01', predecessorIds: [id('N1'), id('N2')], successor: { existingId: id('N1') } }));
    expect(after.units.get(id('N1'))!.validTo).toBeNull();
    expect(after.units.get(id('N2'))!.validTo).toBe('2025-12-31');
    expect(successorsOf(after, id('N2'))).toEqual([id('N1')]);
    expect(predecessorsOf(after, id('N1')).sort()).toEqual([id('C11'), id('C12'), id('C13'), id('N2')].sort());
  });

  it('accepts a single unit merging into an existing one', () => {
    applied(planMerge(history, { ...base, date: '2026-01-01', predecessorIds: [id('N3')], successor: { existingId: id('N2') } }));
  });

  it('moves the sub-units of the merged units under the successor from the date', () => {
    const after = applied(planMerge(withOffice, { ...base, date: '2026-01-01', predecessorIds: [id('STP'), id('SNV')], successor: { existingId: id('SNV') } }), withOffice);
    expect(after.units.get('office')!.parents).toEqual([
      { parentId: id('STP'), validFrom: '2024-01-01', validTo: '2025-12-31' },
      { parentId: id('SNV'), validFrom: '2026-01-01', validTo: null },
    ]);
    expect(subtreeOn(after, id('SNV'), '2026-01-01').has('office')).toBe(true);
  });

  it('moves a sub-unit whose end is already recorded under the successor only until that end', () => {
    const closing = applied(planDissolve(withOffice, { ...base, unitId: 'office', date: '2027-01-01' }), withOffice);
    const after = applied(planMerge(closing, { ...base, date: '2026-01-01', predecessorIds: [id('STP'), id('SNV')], successor: { existingId: id('SNV') } }), closing);
    expect(after.units.get('office')!.parents.map((p) => [p.parentId, p.validFrom, p.validTo])).toEqual([[id('STP'), '2024-01-01', '2025-12-31'], [id('SNV'), '2026-01-01', '2026-12-31']]);
    expect(parentOn(after.units.get('office')!, '2027-01-01')).toBeNull();
  });

  it('refuses sub-units whose level may not sit under the successor', () => {
    const moved = applied(planMove(history, { ...base, unitId: id('HCC'), parentId: id('STP'), date: '2024-01-01' }));
    const other = { newId: 'o', spec: { code: 'T1.O', name: 'Tổ công tác', nameEn: null, level: 'other' as const, kind: null, parentId: id('T1') } };
    const error = domainErrorOf(() => planMerge(moved, { ...base, date: '2025-04-01', predecessorIds: [id('STP'), id('SNV')], successor: other }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'parentId', level: 'service_centre', parentLevel: 'other' } });
  });

  // A successor that sat below a merging unit takes that unit's place under its parent.
  it('never puts a successor under itself when its parent merges into it', () => {
    const plan = () => planMerge(withOffice, { ...base, date: '2026-01-01', predecessorIds: [id('STP'), 'office'], successor: { existingId: 'office' } });
    expect(problemsAfter(plan, withOffice)).toEqual([]);
    expect(parentOn(applyChanges(withOffice, plan()).units.get('office')!, '2026-01-01')).toBe(id('T1'));
  });

  it('refuses a merger into a unit that does not exist on that date', () => {
    expect(domainErrorOf(() => planMerge(history, { ...base, date: '2025-03-01', predecessorIds: [id('STP'), id('HCC')], successor: { existingId: id('N1') } })))
      .toMatchObject({ code: 'INVALID_INPUT', details: { field: 'successor', unitId: id('N1'), date: '2025-03-01' } });
    expect(domainErrorOf(() => planMerge(history, { ...base, date: '2026-01-01', predecessorIds: [id('N1'), id('N2')], successor: { existingId: id('C23') } })))
      .toMatchObject({ code: 'INVALID_INPUT', details: { field: 'successor' } });
    expect(domainErrorOf(() => planMerge(history, { ...base, date: '2026-01-01', predecessorIds: [id('N1'), id('N2')], successor: { existingId: 'nobody' } })))
      .toMatchObject({ code: 'NOT_FOUND', details: { field: 'successor' } });
  });

  it('refuses a predecessor that does not exist the day before, naming its position', () => {
    expect(domainErrorOf(() => planMerge(history, { ...base, date: '2025-07-01', predecessorIds: [id('N1'), id('N2')], successor: { existingId: id('N3') } })))
      .toMatchObject({ code: 'INVALID_INPUT', details: { field: 'predecessorIds[0]' } });
    expect(domainErrorOf(() => planMerge(history, { ...base, date: '2026-01-01', predecessorIds: [id('N1'), 'nobody'], successor: { existingId: id('N3') } })))
      .toMatchObject({ code: 'NOT_FOUND', details: { field: 'predecessorIds[1]' } });
  });

  it('refuses a merger of fewer than two units into a new one, or of a unit into itself', () => {
    const newSuccessor = { newId: 'n', spec: communeSpec('10010', 'Xã Mới', id('T1')) };
    for (const predecessorIds of [[id('N1')], [id('N1'), id('N1')], []]) {
      expect(domainErrorOf(() => planMerge(history, { ...base, date: '2026-01-01', predecessorIds, successor: newSuccessor }))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'predecessorIds' } });
    }
    expect(domainErrorOf(() => planMerge(history, { ...base, date: '2026-01-01', predecessorIds: [id('N1')], successor: { existingId: id('N1') } }))).toMatchObject({ details: { field: 'predecessorIds' } });
  });

  it('refuses a new successor whose code another unit still holds', () => {
    expect(domainErrorOf(() => planMerge(history, {
      ...base, date: '2026-01-01', predecessorIds: [id('N1'), id('N2')], successor: { newId: 'n', spec: communeSpec('10006', 'Xã Trùng', id('T1')) },
    }))).toMatchObject({ code: 'CONFLICT', details: { field: 'code', unitId: id('N3') } });
  });

  it('refuses a predecessor with a sub-unit recorded under it from a later date', () => {
    expect(domainErrorOf(() => planMerge(withOffice, { ...base, date: '2023-01-01', predecessorIds: [id('STP'), id('SNV')], successor: { existingId: id('SNV') } })))
      .toMatchObject({ code: 'CONFLICT', details: { field: 'predecessorIds[0]', unitId: id('STP') } });
    expect(domainErrorOf(() => planSplit(withOffice, { ...base, date: '2023-01-01', predecessorId: id('STP'), successors: [{ existingId: id('SNV') }, { existingId: id('HCC') }] })))
      .toMatchObject({ code: 'CONFLICT', details: { field: 'predecessorId' } });
  });

  it('refuses to end a predecessor again on a date before its recorded end', () => {
    expect(domainErrorOf(() => planMerge(history, { ...base, date: '2024-01-01', predecessorIds: [id('C11'), id('C12')], successor: { existingId: id('C13') } })))
      .toMatchObject({ code: 'CONFLICT', details: { field: 'predecessorIds[0]', unitId: id('C11') } });
  });
});

describe(planSplit.name, () => {
  const two = (a: string, b: string) => [{ newId: 'a', spec: communeSpec(a, 'Xã Ba Đông', id('T1')) }, { newId: 'b', spec: communeSpec(b, 'Xã Ba Tây', id('T1')) }];

  it('ends the predecessor the day before and creates each new successor on the date', () => {
    const after = applied(planSplit(history, { ...base, date: '2026-01-01', predecessorId: id('N3'), successors: two('10006', '10007') }));
    expect(after.units.get(id('N3'))!.validTo).toBe('2025-12-31');
    expect(after.events.at(-1)).toMatchObject({ kind: 'split', predecessorIds: [id('N3')], successorIds: ['a', 'b'] });
    expect(successorsOf(after, id('N3')).sort()).toEqual(['a', 'b']);
    expect(findByCodeOn(after, '10006', '2026-01-01')?.id).toBe('a');
  });

  it('needs at least two distinct successors', () => {
    for (const successors of [[{ existingId: id('N1') }], [{ existingId: id('N1') }, { existingId: id('N1') }], []]) {
      expect(domainErrorOf(() => planSplit(history, { ...base, date: '2026-01-01', predecessorId: id('N3'), successors }))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'successors' } });
    }
  });

  it('refuses to split a unit whose sub-units have not been moved to the successors first', () => {
    const error = domainErrorOf(() => planSplit(withOffice, { ...base, date: '2026-01-01', predecessorId: id('STP'), successors: [{ existingId: id('SNV') }, { existingId: id('HCC') }] }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'predecessorId' } });
    expect(error.message).toContain('T1.STP.VP');
  });

  it('keeps the predecessor, its name and its sub-units when it is listed among the successors', () => {
    const after = applied(planSplit(withOffice, {
      ...base, date: '2026-01-01', predecessorId: id('STP'),
      successors: [{ existingId: id('STP') }, { newId: 'tgpl', spec: { code: 'T1.TGPL', name: 'Trung tâm Trợ giúp pháp lý', nameEn: null, level: 'department', kind: null, parentId: id('T1') } }],
    }), withOffice);
    expect(after.units.get(id('STP'))).toMatchObject({ validTo: null, names: [{ validTo: null }], parents: [{ validTo: null }] });
    expect(subtreeOn(after, id('STP'), '2026-01-01').has('office')).toBe(true);
    expect(after.events.at(-1)).toMatchObject({ kind: 'split', predecessorIds: [id('STP')], successorIds: [id('STP'), 'tgpl'] });
    expect(successorsOf(after, id('STP'))).toEqual(['tgpl']);
  });

  it('refuses a predecessor that does not exist the day before, and an existing successor that does not exist on the date', () => {
    expect(domainErrorOf(() => planSplit(history, { ...base, date: '2025-07-01', predecessorId: id('N3'), successors: two('10007', '10008') }))).toMatchObject({ details: { field: 'predecessorId' } });
    expect(domainErrorOf(() => planSplit(history, { ...base, date: '2026-01-01', predecessorId: id('N3'), successors: [{ existingId: id('N1') }, { existingId: id('C11') }] })))
      .toMatchObject({ code: 'INVALID_INPUT', details: { field: 'successors[1]' } });
  });

  it('refuses two new successors with one code', () => {
    expect(domainErrorOf(() => planSplit(history, { ...base, date: '2026-01-01', predecessorId: id('N3'), successors: two('10007', '10007') }))).toMatchObject({ code: 'CONFLICT', details: { field: 'code' } });
  });
});
