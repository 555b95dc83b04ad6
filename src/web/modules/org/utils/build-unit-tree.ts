import type { OrgLevel, OrgUnit } from '../../../api/types';
import { matchesQuery } from './fold-diacritics';
import { levelRank } from './levels';

export type UnitTreeNode = {
  key: string;
  unit: OrgUnit;
  /** False for an ancestor shown only to place a match in context. */
  matched: boolean;
  children: UnitTreeNode[];
};

export type UnitTreeOptions = {
  level?: OrgLevel;
  query?: string;
  /** The name shown (and sorted on) in the current language. */
  displayName: (unit: OrgUnit) => string;
  collator: Intl.Collator;
};

export type UnitTree = {
  roots: UnitTreeNode[];
  byKey: Map<string, UnitTreeNode>;
  /** Keys of nodes that have children (for "expand all"). */
  parentKeys: string[];
  matchCount: number;
};

/**
 * The flat list of units valid on a date, as a tree: a unit hangs under its parent (by id, else by code) when the
 * parent is in the list, else it is a root. With a level or text filter, the matches are kept with their ancestors.
 * Siblings are ordered by level (province … commune), then by name with the language's collation.
 */
export function buildUnitTree(units: readonly OrgUnit[], options: UnitTreeOptions): UnitTree {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const parentOf = (unit: OrgUnit): OrgUnit | undefined => {
    const parent = (unit.parentId ? byId.get(unit.parentId) : undefined) ?? (unit.parentCode ? byCode.get(unit.parentCode) : undefined);
    return parent && parent.id !== unit.id && !isAncestor(unit, parent) ? parent : undefined;
  };
  // A cycle in the data must not make units vanish: a unit that is its own ancestor becomes a root.
  const isAncestor = (candidate: OrgUnit, of: OrgUnit): boolean => {
    const seen = new Set<string>();
    for (let current: OrgUnit | undefined = of; current && !seen.has(current.id); ) {
      if (current.id === candidate.id) return true;
      seen.add(current.id);
      current = (current.parentId ? byId.get(current.parentId) : undefined) ?? (current.parentCode ? byCode.get(current.parentCode) : undefined);
    }
    return false;
  };

  const filtering = Boolean(options.level) || Boolean(options.query?.trim());
  const matches = units.filter((unit) => !filtering || ((!options.level || unit.level === options.level)
    && matchesQuery(options.query ?? '', [unit.name, unit.nameEn, unit.code])));

  const byKey = new Map<string, UnitTreeNode>();
  const nodeFor = (unit: OrgUnit, matched: boolean): UnitTreeNode => {
    let node = byKey.get(unit.id);
    if (!node) byKey.set(unit.id, (node = { key: unit.id, unit, matched, children: [] }));
    node.matched ||= matched;
    return node;
  };
  const roots: UnitTreeNode[] = [];
  for (const match of matches) {
    if (byKey.get(match.id)?.matched) continue;
    const existed = byKey.has(match.id);
    let node = nodeFor(match, true);
    if (existed) continue; // already linked in as an ancestor of an earlier match
    for (let parent = parentOf(node.unit); ; parent = parentOf(parent)) {
      if (!parent) { roots.push(node); break; }
      const parentExisted = byKey.has(parent.id);
      const parentNode = nodeFor(parent, false);
      parentNode.children.push(node);
      if (parentExisted) break;
      node = parentNode;
    }
  }

  const compare = (a: UnitTreeNode, b: UnitTreeNode) => levelRank(a.unit.level) - levelRank(b.unit.level)
    || options.collator.compare(options.displayName(a.unit), options.displayName(b.unit))
    || a.unit.code.localeCompare(b.unit.code);
  const sortDeep = (nodes: UnitTreeNode[]) => { nodes.sort(compare); nodes.forEach((node) => sortDeep(node.children)); };
  sortDeep(roots);

  const parentKeys = [...byKey.values()].filter((node) => node.children.length > 0).map((node) => node.key);
  return { roots, byKey, parentKeys, matchCount: matches.length };
}
