import { describe, expect, it } from 'vitest';
import { buildOrgHistory, communeSpec, TEST_LEGAL_DOC } from '../../test-support/org-history-factory.js';
import { checkHistory } from './check-history.js';
import { applyChanges, type OrgChange } from './org-changes.js';
import type { OrgHistory, OrgUnit } from './org-types.js';
import { planMerge, planSplit } from './plan-restructure.js';
import { planCreateUnit, planDissolve, planMove, planRename } from './plan-unit-changes.js';

/** A fresh copy of the fixture with one fault planted by `plant`. */
function planted(plant: (unit: (key: string) => OrgUnit, history: OrgHistory, id: (key: string) => string) => void): string[] {
  const { history, id } = buildOrgHistory();
  plant((key) => history.units.get(id(key))!, history, id);
  return checkHistory(history);
}

describe(checkHistory.name, () => {
  it('finds nothing wrong with the fixture province datasets', () => {
    expect(checkHistory(buildOrgHistory().history)).toEqual([]);
  });

  it('finds nothing wrong after a chain of successful plans of every kind', () => {
    const { history: start, id } = buildOrgHistory();
    let history = start;
    let n = 0;
    const apply = (plan: (h: OrgHistory, base: { eventId: string; legalDoc: typeof TEST_LEGAL_DOC }) => OrgChange[]) => {
      history = applyChanges(history, plan(history, { eventId: `e${++n}`, legalDoc: TEST_LEGAL_DOC }));
      expect(checkHistory(history), `after plan ${n}`).toEqual([]);
    };
    apply((h, b) => planCreateUnit(h, { ...b, unitId: 'x1', spec: communeSpec('20001', 'Xã Bốn', id('T1')), validFrom: '2010-01-01' }));
    apply((h, b) => planMerge(h, { ...b, date: '2025-07-01', predecessorIds: ['x1'], successor: { existingId: id('N1') } }));
    apply((h, b) => planRename(h, { ...b, unitId: id('C12'), name: 'Xã Một Hai Mới', nameEn: null, date: '2020-01-01' }));
    apply((h, b) => planMove(h, { ...b, unitId: id('C13'), parentId: id('D2'), date: '2021-01-01' }));
    apply((h, b) => planMove(h, { ...b, unitId: id('HCC'), parentId: id('SNV'), date: '2025-09-01' }));
    apply((h, b) => planRename(h, { ...b, unitId: id('N2'), name: 'Phường Hai', nameEn: 'Hai Ward', date: '2025-10-01' }));
    apply((h, b) => planSplit(h, { ...b, date: '2026-01-01', predecessorId: id('N3'), successors: [{ existingId: id('N2') }, { newId: 'x2', spec: communeSpec('10006', 'Xã Ba Mới', id('T1')) }] }));
    apply((h, b) => planMerge(h, { ...b, date: '2026-02-01', predecessorIds: [id('N1'), 'x2'], successor: { newId: 'x3', spec: communeSpec('10001', 'Xã Một Ba', id('T1')) } }));
    apply((h, b) => planDissolve(h, { ...b, unitId: id('STP'), date: '2026-03-01' }));
    apply((h, b) => planMerge(h, { ...b, date: '2026-04-01', predecessorIds: [id('SNV'), id('HCC')], successor: { existingId: id('SNV') } }));
    expect(history.events).toHaveLength(start.events.length + n);
  });

  it('reports a code held by two units at once', () => {
    expect(planted((_, history) => history.units.set('dup', { id: 'dup', code: '101', level: 'district', kind: null, validFrom: '2020-01-01', validTo: null, names: [{ name: 'Huyện Trùng', nameEn: null, validFrom: '2020-01-01', validTo: null }], parents: [] })))
      .toContain('code 101 is held by two units at once');
    expect(planted((unit) => { unit('T4').validFrom = '2025-06-30'; })).toContain('code T3 is held by two units at once');
  });

  it('reports overlapping names, a unit without a name, and a name outside the life of the unit', () => {
    expect(planted((unit) => unit('SNV').names.push({ name: 'Sở Nội vụ mới', nameEn: null, validFrom: '2025-01-01', validTo: null }))).toEqual(['T1.SNV (2000-01-01) has overlapping names']);
    expect(planted((unit) => { unit('STP').names = []; })).toEqual(['T1.STP (2000-01-01) has no name']);
    expect(planted((unit) => { unit('C11').names[0].validTo = null; })).toEqual(['10001 (2000-01-01) has a name outside its life']);
  });

  it('reports a parent link that outlives the child, or its parent', () => {
    expect(planted((unit) => { unit('C11').parents[0].validTo = '2025-07-31'; })).toEqual(["10001 (2000-01-01) has a parent link outside its life", "10001 (2000-01-01) is linked to 101 outside the parent's life"]);
    expect(planted((unit) => { unit('C11').parents[0].validTo = null; })).toEqual(['10001 (2000-01-01) has a parent link outside its life']);
    expect(planted((unit) => { unit('N1').parents[0].parentId = unit('D1').id; })).toEqual(["10001 (2025-07-01) is linked to 101 outside the parent's life"]);
    expect(planted((unit) => { unit('STP').parents[0] = { parentId: unit('SLD').id, validFrom: '2000-01-01', validTo: null }; })).toEqual(["T1.STP (2000-01-01) is linked to T1.SLDTBXH outside the parent's life"]);
    expect(planted((unit) => { unit('SNV').parents[0].parentId = 'nobody'; })).toEqual(['T1.SNV (2000-01-01) links to a missing parent']);
  });

  it('reports two parents at once', () => {
    expect(planted((unit) => unit('HCC').parents.push({ parentId: unit('SNV').id, validFrom: '2024-01-01', validTo: null }))).toEqual(['T1.HCC (2000-01-01) has two parents at once']);
  });

  it('reports a cycle in the tree', () => {
    const problems = planted((unit) => unit('T1').parents.push({ parentId: unit('SNV').id, validFrom: '2000-01-01', validTo: null }));
    expect(problems).toContain('T1 (2000-01-01) is its own ancestor');
    expect(problems).toContain('T1.SNV (2000-01-01) is its own ancestor');
  });

  it('reports a cycle that a move closes after the units began', () => {
    const problems = planted((unit) => {
      const snv = unit('SNV');
      snv.parents = [{ parentId: unit('T1').id, validFrom: '2000-01-01', validTo: '2024-12-31' }, { parentId: unit('HCC').id, validFrom: '2025-01-01', validTo: null }];
      unit('HCC').parents = [{ parentId: unit('T1').id, validFrom: '2000-01-01', validTo: '2025-01-31' }, { parentId: snv.id, validFrom: '2025-02-01', validTo: null }];
    });
    expect(problems).toEqual(['T1.HCC (2000-01-01) is its own ancestor']);
  });

  it('reports a predecessor that does not end the day before its event, and a successor missing on it', () => {
    const problems = planted((unit) => {
      const c11 = unit('C11');
      c11.validTo = c11.names[0].validTo = c11.parents[0].validTo = '2025-06-29';
    });
    expect(problems).toEqual(['10001 should end on the day before the merge of 2025-07-01']);
    expect(planted((_, history, id) => history.events.push({ id: 'bad', kind: 'merge', effectiveOn: '2025-07-01', legalDoc: null, note: null, predecessorIds: [id('N1')], successorIds: [id('C11')], subjectIds: [] })))
      .toEqual(['10001 should end on the day before the merge of 2025-07-01', '10001 does not exist on the merge of 2025-07-01']);
  });

  it('accepts a predecessor listed among the successors, which continues through the event', () => {
    expect(planted((_, history, id) => history.events.push({ id: 'ok', kind: 'merge', effectiveOn: '2025-09-01', legalDoc: null, note: null, predecessorIds: [id('N1'), id('SNV')], successorIds: [id('N1'), id('SNV')], subjectIds: [] }))).toEqual([]);
  });
});
