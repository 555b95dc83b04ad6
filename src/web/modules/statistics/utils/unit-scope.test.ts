import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '../../../api/types';
import { defaultReportUnit, unitsUnder } from './unit-scope';

const u = (id: string, level: OrgUnit['level'], parentId: string | null, name = id): OrgUnit => ({
  id, code: id.toUpperCase(), name, nameEn: null, level, kind: null, validFrom: '2025-07-01', validTo: null, parentId, parentCode: null, successorCodes: [],
});
const units = [u('p', 'province', null, 'Tỉnh'), u('snv', 'department', 'p', 'Sở Nội vụ'), u('stp', 'department', 'p', 'Sở Tư pháp'),
  u('xa', 'commune', 'p', 'Xã An'), u('bo', 'other', null, 'Bộ')];

describe('defaultReportUnit', () => {
  it('opens the PAR agency on its province', () => {
    expect(defaultReportUnit({ unitId: 'snv', unitCode: 'SNV', roles: ['par_agency', 'unit_officer'] }, units)?.id).toBe('p');
  });
  it('opens an officer on the own unit', () => {
    expect(defaultReportUnit({ unitId: 'stp', unitCode: 'STP', roles: ['unit_officer'] }, units)?.id).toBe('stp');
    expect(defaultReportUnit({ unitId: null, unitCode: 'XA', roles: ['desk_officer'] }, units)?.id).toBe('xa');
  });
});

describe('unitsUnder', () => {
  it('lists the root first, then agencies before localities, by name', () => {
    expect(unitsUnder(units[0], units, (a, b) => a.localeCompare(b, 'vi')).map((x) => x.id)).toEqual(['p', 'snv', 'stp', 'xa']);
    expect(unitsUnder(undefined, units, (a, b) => a.localeCompare(b))).toEqual([]);
  });
});
