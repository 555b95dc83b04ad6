import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '../../../api/types';
import { buildUnitTree } from './build-unit-tree';

const unit = (id: string, name: string, level: OrgUnit['level'], parentId: string | null = null): OrgUnit => ({
  id, code: id, name, nameEn: null, level, kind: null, validFrom: '2025-07-01', validTo: null, parentId,
  parentCode: parentId, successorCodes: [],
});
const options = { displayName: (u: OrgUnit) => u.name, collator: new Intl.Collator('vi') };
const keys = (nodes: { key: string; children: { key: string }[] }[]): unknown =>
  nodes.map((node) => (node.children.length ? { [node.key]: keys(node.children as never) } : node.key));

const units = [
  unit('X2', 'Xã Đức Thọ', 'commune', 'P'),
  unit('X1', 'Xã An Hòa', 'commune', 'P'),
  unit('S', 'Sở Nội vụ', 'department', 'P'),
  unit('P', 'Tỉnh Hà Tĩnh', 'province'),
  unit('Q', 'Tỉnh Nghệ An', 'province'),
];

describe(buildUnitTree.name, () => {
  it('hangs units under their parents, siblings by level, then in Vietnamese alphabetical order', () => {
    const tree = buildUnitTree(units, options);
    expect(keys(tree.roots)).toEqual([{ P: ['S', 'X1', 'X2'] }, 'Q']);
    expect(tree.parentKeys).toEqual(['P']);
  });

  it('keeps the ancestors of matches, marked as context, and counts only the matches', () => {
    const tree = buildUnitTree(units, { ...options, query: 'duc tho' });
    expect(keys(tree.roots)).toEqual([{ P: ['X2'] }]);
    expect(tree.byKey.get('P')?.matched).toBe(false);
    expect(tree.byKey.get('X2')?.matched).toBe(true);
    expect(tree.matchCount).toBe(1);
  });

  it('filters by level and combines it with the text', () => {
    expect(buildUnitTree(units, { ...options, level: 'commune' }).matchCount).toBe(2);
    expect(buildUnitTree(units, { ...options, level: 'commune', query: 'an' }).matchCount).toBe(1);
  });

  it('makes a unit whose parent is not valid on the date a root', () => {
    const tree = buildUnitTree([unit('C', 'Xã Lẻ', 'commune', 'GONE')], options);
    expect(keys(tree.roots)).toEqual(['C']);
  });

  it('does not lose units caught in a parent cycle', () => {
    const tree = buildUnitTree([unit('A', 'A', 'other', 'B'), unit('B', 'B', 'other', 'A')], options);
    expect(tree.byKey.size).toBe(2);
    expect(tree.roots.length).toBeGreaterThan(0);
  });
});
