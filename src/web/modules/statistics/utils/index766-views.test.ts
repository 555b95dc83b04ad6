import { describe, expect, it } from 'vitest';
import type { Index766Unit } from '../../../api/reports';
import { groupShare, rankChangeView, rankings, wrapLabel } from './index766-views';

const unit = (code: string, kind: string, rank: number | null, total: number, role: 'self' | 'child' = 'child'): Index766Unit => ({
  id: code, code, name: `Đơn vị ${code}`, nameEn: null, kind, role, total, totalMax: 100, rank, previousTotal: 0, previousRank: null,
  rankChange: null, groups: [], subIndices: [],
});

describe('rankChangeView', () => {
  it('reads positive as moved up', () => {
    expect(rankChangeView(2)).toEqual({ symbol: '▲', steps: 2, tone: 'up' });
    expect(rankChangeView(-3)).toEqual({ symbol: '▼', steps: 3, tone: 'down' });
    expect(rankChangeView(0)).toEqual({ symbol: '=', steps: 0, tone: 'same' });
    expect(rankChangeView(null).tone).toBe('none');
  });
});

describe('rankings', () => {
  it('leaves out the unit asked for, splits agencies from localities and sorts by rank', () => {
    const out = rankings([
      unit('42', 'province', null, 80, 'self'), unit('S2', 'department', 2, 70), unit('S1', 'department', 1, 90),
      unit('X9', 'commune', null, 0), unit('X1', 'commune', 1, 60), unit('TT', 'service_centre', 3, 10),
    ], (a, b) => a.localeCompare(b));
    expect(out.departments.map((u) => u.code)).toEqual(['S1', 'S2', 'TT']);
    expect(out.communes.map((u) => u.code)).toEqual(['X1', 'X9']);
  });
});

describe('groupShare', () => {
  it('is the share of the maximum with 2 decimals, null when N/A', () => {
    expect(groupShare(5, 8)).toBe(62.5);
    expect(groupShare(2, 3)).toBe(66.67);
    expect(groupShare(null, 8)).toBeNull();
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces within the width, keeping long words whole', () => {
    expect(wrapLabel('3. Cung cấp dịch vụ trực tuyến, thanh toán trực tuyến', 18)).toBe('3. Cung cấp dịch\nvụ trực tuyến,\nthanh toán trực\ntuyến');
    expect(wrapLabel('Ngắn', 18)).toBe('Ngắn');
    expect(wrapLabel('Siêu-dài-không-có-khoảng-trắng', 5)).toBe('Siêu-dài-không-có-khoảng-trắng');
  });
});
