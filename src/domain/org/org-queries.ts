import type { LocalDate } from '../shared/local-date.js';
import { isValidOn, type OrgHistory, type OrgLevel, type OrgUnit } from './org-types.js';

/** A unit as it stood on one date: its name and parent then, and where it went if it ended. */
export type OrgUnitAsOf = {
  unit: OrgUnit;
  name: string;
  nameEn: string | null;
  parentId: string | null;
  successorIds: string[];
};

/** The name a unit bore on `date` (its first name before it existed, its last after it ended). */
export function nameOn(unit: OrgUnit, date: LocalDate): { name: string; nameEn: string | null } {
  const sorted = [...unit.names].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const hit = sorted.find((n) => isValidOn(n, date)) ?? (date < sorted[0].validFrom ? sorted[0] : sorted.at(-1)!);
  return { name: hit.name, nameEn: hit.nameEn };
}

/** The parent of a unit on `date`, or null. */
export function parentOn(unit: OrgUnit, date: LocalDate): string | null {
  return unit.parents.find((p) => isValidOn(p, date))?.parentId ?? null;
}

/** Units that a unit went into through merge or split events (never itself). */
export function successorsOf(history: OrgHistory, unitId: string): string[] {
  const out = new Set<string>();
  for (const event of history.events) {
    if (event.predecessorIds.includes(unitId)) for (const id of event.successorIds) if (id !== unitId) out.add(id);
  }
  return [...out];
}

/** Units that went into a unit through merge or split events (never itself). */
export function predecessorsOf(history: OrgHistory, unitId: string): string[] {
  const out = new Set<string>();
  for (const event of history.events) {
    if (event.successorIds.includes(unitId)) for (const id of event.predecessorIds) if (id !== unitId) out.add(id);
  }
  return [...out];
}

/** Every unit valid on `date`, optionally of one level, with its name and parent on that date. */
export function unitsAsOf(history: OrgHistory, date: LocalDate, level?: OrgLevel): OrgUnitAsOf[] {
  const out: OrgUnitAsOf[] = [];
  for (const unit of history.units.values()) {
    if (!isValidOn(unit, date) || (level && unit.level !== level)) continue;
    out.push({ unit, ...nameOn(unit, date), parentId: parentOn(unit, date), successorIds: successorsOf(history, unit.id) });
  }
  return out;
}

/** The children of each unit on `date`. */
export function childrenIndex(history: OrgHistory, date: LocalDate): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const unit of history.units.values()) {
    if (!isValidOn(unit, date)) continue;
    const parentId = parentOn(unit, date);
    if (parentId) index.set(parentId, [...(index.get(parentId) ?? []), unit.id]);
  }
  return index;
}

/** The ids of a unit and all its descendants on `date`. */
export function subtreeOn(history: OrgHistory, rootId: string, date: LocalDate): Set<string> {
  const children = childrenIndex(history, date);
  const out = new Set<string>([rootId]);
  const stack = [rootId];
  while (stack.length) for (const child of children.get(stack.pop()!) ?? []) if (!out.has(child)) (out.add(child), stack.push(child));
  return out;
}

/** The chain of ancestors of a unit on `date`, nearest first. */
export function ancestorsOn(history: OrgHistory, unitId: string, date: LocalDate): string[] {
  const out: string[] = [];
  let current = history.units.get(unitId);
  while (current) {
    const parentId = parentOn(current, date);
    if (!parentId || out.includes(parentId)) break;
    out.push(parentId);
    current = history.units.get(parentId);
  }
  return out;
}

/** Units valid on `date` whose code is `code` (codes are reused over time, so at most one per date). */
export function findByCodeOn(history: OrgHistory, code: string, date: LocalDate): OrgUnit | undefined {
  for (const unit of history.units.values()) if (unit.code === code && isValidOn(unit, date)) return unit;
  return undefined;
}
