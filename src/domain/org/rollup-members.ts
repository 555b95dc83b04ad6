import type { LocalDate } from '../shared/local-date.js';
import { successorsOf } from './org-queries.js';
import { overlaps, type Interval, type OrgHistory } from './org-types.js';

/** One unit whose records count toward a target unit, for the days in `from..to`. */
export type RollupMember = { unitId: string; from: LocalDate; to: LocalDate | null; via: 'self' | 'child' | 'predecessor' };

/** Result of a roll-up: the members, and split predecessors whose records cannot be attributed to one successor. */
export type Rollup = { members: RollupMember[]; splitPredecessorIds: string[] };

/**
 * The units whose records add up into `targetId`: itself, every unit that was ever below it (for the days it was),
 * and the predecessors that merged into any of those, transitively, so that statistics of merged units follow their
 * successor (Resolution 202/2025/QH15; Law on Local Government 72/2025/QH15, Art. 8 on continuity after rearrangement).
 * A predecessor comes along only when its successor belonged to the target from the successor's first day; a unit
 * split among several successors is listed apart, never counted twice.
 */
export function rollupMembers(history: OrgHistory, targetId: string): Rollup {
  const target = history.units.get(targetId);
  if (!target) return { members: [], splitPredecessorIds: [] };
  const members = new Map<string, RollupMember[]>();
  const split = new Set<string>();
  const queue: RollupMember[] = [{ unitId: targetId, from: target.validFrom, to: target.validTo, via: 'self' }];
  const childLinks = indexChildLinks(history);
  while (queue.length) {
    const member = queue.shift()!;
    if (!addMember(members, member)) continue;
    for (const link of childLinks.get(member.unitId) ?? []) {
      const part = intersect({ validFrom: member.from, validTo: member.to }, link);
      if (part) queue.push({ unitId: link.unitId, from: part.validFrom, to: part.validTo, via: 'child' });
    }
    const unit = history.units.get(member.unitId)!;
    if (member.from !== unit.validFrom) continue;
    for (const event of history.events) {
      if (!event.successorIds.includes(member.unitId)) continue;
      for (const predecessorId of event.predecessorIds) {
        if (predecessorId === member.unitId) continue;
        const predecessor = history.units.get(predecessorId);
        if (!predecessor) continue;
        // Split among several successors, or continuing beside this one (listed on both sides): never counted here.
        if (successorsOf(history, predecessorId).length > 1 || event.successorIds.includes(predecessorId)) { split.add(predecessorId); continue; }
        queue.push({ unitId: predecessorId, from: predecessor.validFrom, to: predecessor.validTo, via: 'predecessor' });
      }
    }
  }
  const list = [...members.values()].flat().sort((a, b) => a.unitId.localeCompare(b.unitId) || a.from.localeCompare(b.from));
  return { members: list, splitPredecessorIds: [...split].filter((id) => !members.has(id)) };
}

/** Adds a member unless its days are already covered; returns whether anything new was added. */
function addMember(members: Map<string, RollupMember[]>, member: RollupMember): boolean {
  const existing = members.get(member.unitId) ?? [];
  const covered = existing.some((m) => m.from <= member.from && (m.to === null || (member.to !== null && member.to <= m.to)));
  if (covered) return false;
  const merged = existing.filter((m) => !overlaps({ validFrom: m.from, validTo: m.to }, { validFrom: member.from, validTo: member.to }));
  const overlapping = existing.filter((m) => !merged.includes(m));
  const from = [member.from, ...overlapping.map((m) => m.from)].sort()[0];
  const to = [member, ...overlapping].some((m) => m.to === null) ? null : [member.to!, ...overlapping.map((m) => m.to!)].sort().at(-1)!;
  members.set(member.unitId, [...merged, { ...member, from, to, via: overlapping[0]?.via ?? member.via }]);
  return true;
}

// A history is immutable once loaded: its child links are indexed once (the 766 index rolls up hundreds of targets).
const childLinksOf = new WeakMap<OrgHistory, Map<string, Array<Interval & { unitId: string }>>>();

function indexChildLinks(history: OrgHistory): Map<string, Array<Interval & { unitId: string }>> {
  const known = childLinksOf.get(history);
  if (known) return known;
  const index = new Map<string, Array<Interval & { unitId: string }>>();
  childLinksOf.set(history, index);
  for (const unit of history.units.values()) {
    for (const link of unit.parents) {
      const list = index.get(link.parentId) ?? [];
      list.push({ unitId: unit.id, validFrom: link.validFrom, validTo: link.validTo });
      index.set(link.parentId, list);
    }
  }
  return index;
}

function intersect(a: Interval, b: Interval): Interval | null {
  if (!overlaps(a, b)) return null;
  const validFrom = a.validFrom > b.validFrom ? a.validFrom : b.validFrom;
  const validTo = a.validTo === null ? b.validTo : b.validTo === null ? a.validTo : a.validTo < b.validTo ? a.validTo : b.validTo;
  return { validFrom, validTo };
}
