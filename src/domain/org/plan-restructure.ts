import { invalidInput } from '../errors.js';
import { addDays, type LocalDate } from '../shared/local-date.js';
import { childrenIndex, parentOn } from './org-queries.js';
import { applyChanges, closeUnitChanges, type OrgChange } from './org-changes.js';
import { linkChanges, newUnitChanges, type NewUnitSpec } from './plan-unit-changes.js';
import type { LegalDoc, OrgHistory, OrgUnit } from './org-types.js';
import { requireChangeDate, requireEndable, requireLevelFits, requireUnit, requireValidOn } from './validate-org.js';

/** A successor: an existing unit (which continues), or a new unit created on the event date. */
export type SuccessorSpec = { existingId: string } | { newId: string; spec: NewUnitSpec };

type RestructureBase = { eventId: string; legalDoc: LegalDoc | null; note?: string | null; date: LocalDate };

/**
 * Merging several units into one from `date` (Resolution 202/2025/QH15; Resolution 76/2025/UBTVQH15 on rearranging
 * administrative units): predecessors end the day before, a continuing successor keeps its history, and sub-units
 * still valid on `date` move under the successor.
 */
export function planMerge(history: OrgHistory, o: RestructureBase & { predecessorIds: string[]; successor: SuccessorSpec }): OrgChange[] {
  const successorId = 'existingId' in o.successor ? o.successor.existingId : o.successor.newId;
  const predecessorIds = [...new Set(o.predecessorIds)];
  const ending = predecessorIds.filter((id) => id !== successorId);
  if (ending.length < 1 || predecessorIds.length < 2 && !('existingId' in o.successor)) {
    throw invalidInput('predecessorIds', 'A merger needs at least two units (or one unit merging into an existing one).', 'Sáp nhập cần ít nhất hai đơn vị (hoặc một đơn vị nhập vào đơn vị đã có).');
  }
  const changes: OrgChange[] = [];
  for (const [index, id] of ending.entries()) {
    const unit = requireUnit(history, id, `predecessorIds[${index}]`);
    requireValidOn(unit, addDays(o.date, -1), `predecessorIds[${index}]`);
    requireChangeDate(unit, o.date);
    requireEndable(history, unit, o.date, `predecessorIds[${index}]`);
    changes.push(...closeUnitChanges(unit, o.date, addDays(o.date, -1)));
  }
  changes.push(...successorChanges(applyChanges(history, changes), o.successor, o.date, 'successor'));
  changes.push(...moveChildren(applyChanges(history, changes), history, ending, successorId, o.date));
  changes.push({ op: 'insertEvent', event: { id: o.eventId, kind: 'merge', effectiveOn: o.date, legalDoc: o.legalDoc, note: o.note ?? null, predecessorIds, successorIds: [successorId], subjectIds: [] } });
  return changes;
}

/** Splitting one unit into several from `date`; its sub-units must be moved beforehand (each to the right successor). */
export function planSplit(history: OrgHistory, o: RestructureBase & { predecessorId: string; successors: SuccessorSpec[] }): OrgChange[] {
  const unit = requireUnit(history, o.predecessorId, 'predecessorId');
  requireValidOn(unit, addDays(o.date, -1), 'predecessorId');
  const successorIds = o.successors.map((s) => ('existingId' in s ? s.existingId : s.newId));
  if (new Set(successorIds).size < 2) throw invalidInput('successors', 'A split needs at least two distinct successors.', 'Chia tách cần ít nhất hai đơn vị kế thừa khác nhau.');
  const continues = successorIds.includes(unit.id);
  const children = childrenIndex(history, o.date).get(unit.id) ?? [];
  if (!continues && children.length) {
    const codes = children.map((id) => history.units.get(id)!.code).join(', ');
    throw invalidInput('predecessorId', `Move the sub-units of ${unit.code} to their successors first: ${codes}.`, `Hãy chuyển các đơn vị trực thuộc của ${unit.code} sang đơn vị kế thừa trước: ${codes}.`);
  }
  const changes: OrgChange[] = [];
  if (!continues) {
    requireChangeDate(unit, o.date);
    requireEndable(history, unit, o.date, 'predecessorId');
    changes.push(...closeUnitChanges(unit, o.date, addDays(o.date, -1)));
  }
  o.successors.forEach((successor, index) => changes.push(...successorChanges(applyChanges(history, changes), successor, o.date, `successors[${index}]`)));
  changes.push({ op: 'insertEvent', event: { id: o.eventId, kind: 'split', effectiveOn: o.date, legalDoc: o.legalDoc, note: o.note ?? null, predecessorIds: [unit.id], successorIds, subjectIds: [] } });
  return changes;
}

function successorChanges(history: OrgHistory, successor: SuccessorSpec, date: LocalDate, field: string): OrgChange[] {
  if ('existingId' in successor) {
    requireValidOn(requireUnit(history, successor.existingId, field), date, field);
    return [];
  }
  return newUnitChanges(history, successor.newId, successor.spec, date);
}

/**
 * Sub-units of the ending units that are still valid on `date` move under the successor from that date (until they
 * end, if they have). A successor that was itself below an ending unit takes that unit's place under its parent.
 */
function moveChildren(after: OrgHistory, before: OrgHistory, endingIds: string[], successorId: string, date: LocalDate): OrgChange[] {
  const successor = after.units.get(successorId)!;
  const children = childrenIndex(before, date);
  const changes: OrgChange[] = [];
  for (const parentId of endingIds) {
    for (const childId of children.get(parentId) ?? []) {
      const child = before.units.get(childId)!;
      if (endingIds.includes(childId)) continue;
      const link = child.parents.find((p) => p.parentId === parentId && (p.validTo === null || p.validTo >= date))!;
      changes.push({ op: 'endParent', unitId: childId, validFrom: link.validFrom, validTo: addDays(date, -1) });
      const newParent = childId === successorId ? placeOf(before, parentId, endingIds, date) : successor;
      if (!newParent) continue;
      requireLevelFits(child.level, newParent.level, date);
      changes.push(...linkChanges(childId, newParent, date, child.validTo));
    }
  }
  return changes;
}

/** The nearest ancestor of an ending unit that does not end itself: where its surviving sub-unit goes. */
function placeOf(history: OrgHistory, unitId: string, endingIds: string[], date: LocalDate): OrgUnit | undefined {
  const dayBefore = addDays(date, -1);
  let current = parentOn(history.units.get(unitId)!, dayBefore);
  while (current && endingIds.includes(current)) current = parentOn(history.units.get(current)!, dayBefore);
  return current ? history.units.get(current) : undefined;
}
