import { describe, expect, it } from 'vitest';
import { buildOrgHistory, communeSpec, TEST_LEGAL_DOC } from '../../test-support/org-history-factory.js';
import { checkHistory } from './check-history.js';
import { applyChanges, type OrgChange } from './org-changes.js';
import type { OrgHistory } from './org-types.js';
import { planSplit } from './plan-restructure.js';
import { planMove } from './plan-unit-changes.js';
import { rollupMembers, type Rollup } from './rollup-members.js';

const { history, id } = buildOrgHistory();
const base = { eventId: 'e1', legalDoc: TEST_LEGAL_DOC };
const keyOf = new Map(['T1', 'T2', 'T3', 'T4', 'SNV', 'SLD', 'STP', 'HCC', 'D1', 'D2', 'C11', 'C12', 'C13', 'C21', 'C22', 'C23', 'N1', 'N2', 'N3'].map((k) => [id(k), k]));

/** The roll-up with fixture keys instead of ids, members as 'KEY from..to via', sorted. */
function readable(rollup: Rollup) {
  const name = (unitId: string) => keyOf.get(unitId) ?? unitId;
  return {
    members: rollup.members.map((m) => `${name(m.unitId)} ${m.from}..${m.to ?? ''} ${m.via}`).sort(),
    split: rollup.splitPredecessorIds.map(name).sort(),
  };
}

function applied(changes: OrgChange[], on: OrgHistory = history): OrgHistory {
  const next = applyChanges(on, changes);
  expect(checkHistory(next)).toEqual([]);
  return next;
}

describe(rollupMembers.name, () => {
  it('rolls the districts, old and new communes and departments, including the merged-away one, into the province', () => {
    expect(readable(rollupMembers(history, id('T1')))).toEqual({
      members: [
        'C11 2000-01-01..2025-06-30 child', 'C12 2000-01-01..2025-06-30 child', 'C13 2000-01-01..2025-06-30 child',
        'C21 2000-01-01..2025-06-30 child', 'C22 2000-01-01..2025-06-30 child', 'C23 2000-01-01..2025-06-30 child',
        'D1 2000-01-01..2025-06-30 child', 'D2 2000-01-01..2025-06-30 child',
        'HCC 2000-01-01.. child',
        'N1 2025-07-01.. child', 'N2 2025-07-01.. child', 'N3 2025-07-01.. child',
        'SLD 2000-01-01..2025-02-28 child', 'SNV 2000-01-01.. child', 'STP 2000-01-01.. child',
        'T1 2000-01-01.. self',
      ],
      split: [],
    });
  });

  it('rolls the old communes into the new commune they merged into, and the merged provinces into the new one', () => {
    expect(readable(rollupMembers(history, id('N1')))).toEqual({
      members: ['C11 2000-01-01..2025-06-30 predecessor', 'C12 2000-01-01..2025-06-30 predecessor', 'C13 2000-01-01..2025-06-30 predecessor', 'N1 2025-07-01.. self'],
      split: [],
    });
    expect(readable(rollupMembers(history, id('T4'))).members).toEqual(['T2 2000-01-01..2025-06-30 predecessor', 'T3 2000-01-01..2025-06-30 predecessor', 'T4 2025-07-01.. self']);
  });

  it('rolls the merged-away department into the department that continues', () => {
    expect(readable(rollupMembers(history, id('SNV'))).members).toEqual(['SLD 2000-01-01..2025-02-28 predecessor', 'SNV 2000-01-01.. self']);
  });

  it('keeps a district to its own communes, not to the commune they merged into', () => {
    expect(readable(rollupMembers(history, id('D1'))).members).toEqual([
      'C11 2000-01-01..2025-06-30 child', 'C12 2000-01-01..2025-06-30 child', 'C13 2000-01-01..2025-06-30 child', 'D1 2000-01-01..2025-06-30 self',
    ]);
  });

  it('counts a moved unit toward each parent only for the days it was below it', () => {
    const moved = applied(planMove(history, { ...base, unitId: id('C11'), parentId: id('D2'), date: '2024-01-01' }));
    expect(readable(rollupMembers(moved, id('D1'))).members).toContain('C11 2000-01-01..2023-12-31 child');
    expect(readable(rollupMembers(moved, id('D2'))).members).toContain('C11 2024-01-01..2025-06-30 child');
    expect(readable(rollupMembers(moved, id('T1'))).members.filter((m) => m.startsWith('C11'))).toEqual(['C11 2000-01-01..2025-06-30 child']);
    const hcc = applied(planMove(history, { ...base, unitId: id('HCC'), parentId: id('SNV'), date: '2025-09-01' }));
    expect(readable(rollupMembers(hcc, id('SNV'))).members).toContain('HCC 2025-09-01.. child');
  });

  it('lists a commune split between two successors apart and counts it in neither', () => {
    const split = applied(planSplit(history, {
      ...base, date: '2026-01-01', predecessorId: id('N3'),
      successors: [{ newId: 'east', spec: communeSpec('10007', 'Xã Ba Đông', id('T1')) }, { newId: 'west', spec: communeSpec('10008', 'Xã Ba Tây', id('T1')) }],
    }));
    for (const successor of ['east', 'west']) {
      expect(readable(rollupMembers(split, successor))).toEqual({ members: [`${successor} 2026-01-01.. self`], split: ['N3'] });
    }
    const province = readable(rollupMembers(split, id('T1')));
    expect(province.members).toEqual(expect.arrayContaining(['N3 2025-07-01..2025-12-31 child', 'east 2026-01-01.. child', 'west 2026-01-01.. child']));
    expect(province.split).toEqual([]);
  });

  it('lists apart a commune that continues after giving part of itself to a new one, and does not count it in the new one', () => {
    const split = applied(planSplit(history, {
      ...base, date: '2026-01-01', predecessorId: id('N3'), successors: [{ existingId: id('N3') }, { newId: 'east', spec: communeSpec('10007', 'Xã Ba Đông', id('T1')) }],
    }));
    expect(readable(rollupMembers(split, 'east'))).toEqual({ members: ['east 2026-01-01.. self'], split: ['N3'] });
    expect(readable(rollupMembers(split, id('N3'))).members).toEqual(['C23 2000-01-01..2025-06-30 predecessor', 'N3 2025-07-01.. self']);
  });

  it('rolls up nothing for an unknown unit', () => {
    expect(rollupMembers(history, 'nobody')).toEqual({ members: [], splitPredecessorIds: [] });
  });
});
