import { invalidInput } from '../errors.js';
import { addDays, type LocalDate } from '../shared/local-date.js';
import { childrenIndex, nameOn, parentOn } from './org-queries.js';
import { closeUnitChanges, type OrgChange } from './org-changes.js';
import { isValidOn, type LegalDoc, type OrgEvent, type OrgHistory, type OrgLevel, type OrgUnit } from './org-types.js';
import { requireChangeDate, requireCodeFree, requireEndable, requireLevelFits, requireNoCycle, requireUnit, requireValidOn } from './validate-org.js';

export type NewUnitSpec = { code: string; name: string; nameEn: string | null; level: OrgLevel; kind: string | null; parentId: string | null };
type EventBase = { eventId: string; legalDoc: LegalDoc | null; note?: string | null };

function event(base: EventBase, kind: OrgEvent['kind'], effectiveOn: LocalDate, ids: Partial<Pick<OrgEvent, 'predecessorIds' | 'successorIds' | 'subjectIds'>>): OrgChange {
  return { op: 'insertEvent', event: { id: base.eventId, kind, effectiveOn, legalDoc: base.legalDoc, note: base.note ?? null, predecessorIds: [], successorIds: [], subjectIds: [], ...ids } };
}

/** Changes that create a unit from `validFrom` under its parent, checked against the tree on that date (Decree 118/2025/ND-CP, Art. 6). */
export function newUnitChanges(history: OrgHistory, id: string, spec: NewUnitSpec, validFrom: LocalDate): OrgChange[] {
  const parent = spec.parentId ? requireUnit(history, spec.parentId, 'parentId') : null;
  if (parent) requireValidOn(parent, validFrom, 'parentId');
  requireLevelFits(spec.level, parent?.level ?? null, validFrom);
  requireCodeFree(history, spec.code, { validFrom, validTo: null });
  const changes: OrgChange[] = [
    { op: 'insertUnit', unit: { id, code: spec.code, level: spec.level, kind: spec.kind, validFrom } },
    { op: 'insertName', unitId: id, name: spec.name, nameEn: spec.nameEn, validFrom },
  ];
  if (parent) changes.push(...linkChanges(id, parent, validFrom, null));
  return changes;
}

/**
 * A parent link from `from`, ending with whichever ends first, the unit or the parent: under a parent that ends (a
 * district on 2025-06-30) the unit is left without a parent until its next move, never linked to a unit that is gone.
 */
export function linkChanges(unitId: string, parent: OrgUnit, from: LocalDate, unitValidTo: LocalDate | null): OrgChange[] {
  const ends = [unitValidTo, parent.validTo].filter((d): d is LocalDate => d !== null).sort();
  const changes: OrgChange[] = [{ op: 'insertParent', unitId, parentId: parent.id, validFrom: from }];
  if (ends.length) changes.push({ op: 'endParent', unitId, validFrom: from, validTo: ends[0] });
  return changes;
}

/** Creating a unit by a legal decision (Decree 158/2018/ND-CP on establishing agencies; Resolution 1211/2016/UBTVQH13 for administrative units). */
export function planCreateUnit(history: OrgHistory, o: EventBase & { unitId: string; spec: NewUnitSpec; validFrom: LocalDate }): OrgChange[] {
  return [...newUnitChanges(history, o.unitId, o.spec, o.validFrom), event(o, 'create', o.validFrom, { subjectIds: [o.unitId] })];
}

/** Renaming keeps the old name for the days it was valid, so signed history is never rewritten (domain.md §8). */
export function planRename(history: OrgHistory, o: EventBase & { unitId: string; name: string; nameEn: string | null; date: LocalDate }): OrgChange[] {
  const unit = requireUnit(history, o.unitId);
  requireValidOn(unit, o.date, 'date');
  requireChangeDate(unit, o.date);
  if (nameOn(unit, o.date).name === o.name) throw invalidInput('name', 'The new name equals the current one.', 'Tên mới trùng với tên hiện tại.');
  // The name in force on the date (no later one exists); a unit that has since ended keeps its end for the new name.
  const current = unit.names.filter((n) => isValidOn(n, o.date));
  return [
    ...current.map((n): OrgChange => ({ op: 'endName', unitId: unit.id, validFrom: n.validFrom, validTo: addDays(o.date, -1) })),
    { op: 'insertName', unitId: unit.id, name: o.name, nameEn: o.nameEn, validFrom: o.date },
    ...(unit.validTo ? [{ op: 'endName', unitId: unit.id, validFrom: o.date, validTo: unit.validTo } as const] : []),
    event(o, 'rename', o.date, { subjectIds: [unit.id] }),
  ];
}

/** Moving a unit under another parent from `date`, refusing cycles and level mismatches. */
export function planMove(history: OrgHistory, o: EventBase & { unitId: string; parentId: string; date: LocalDate }): OrgChange[] {
  const unit = requireUnit(history, o.unitId);
  const parent = requireUnit(history, o.parentId, 'parentId');
  requireValidOn(unit, o.date, 'date');
  requireValidOn(parent, o.date, 'parentId');
  requireChangeDate(unit, o.date);
  requireLevelFits(unit.level, parent.level, o.date);
  requireNoCycle(history, unit.id, parent.id, o.date);
  if (parentOn(unit, o.date) === parent.id) throw invalidInput('parentId', 'The unit is already under this parent.', 'Đơn vị đã trực thuộc đơn vị cấp trên này.');
  // The link in force on the date ends (also a closed one, when the unit has since ended); the new link ends with the unit.
  const changes: OrgChange[] = unit.parents
    .filter((p) => isValidOn(p, o.date))
    .map((p) => ({ op: 'endParent', unitId: unit.id, validFrom: p.validFrom, validTo: addDays(o.date, -1) }));
  changes.push(...linkChanges(unit.id, parent, o.date, unit.validTo));
  return [...changes, event(o, 'move', o.date, { subjectIds: [unit.id] })];
}

/** Dissolving a unit from `date`; its children must be moved or merged first so nothing is orphaned. */
export function planDissolve(history: OrgHistory, o: EventBase & { unitId: string; date: LocalDate }): OrgChange[] {
  const unit = requireUnit(history, o.unitId);
  requireValidOn(unit, addDays(o.date, -1), 'date');
  requireChangeDate(unit, o.date);
  requireEndable(history, unit, o.date, 'date');
  const children = childrenIndex(history, o.date).get(unit.id) ?? [];
  if (children.length) {
    const codes = children.map((id) => history.units.get(id)!.code).join(', ');
    throw invalidInput('unitId', `Unit still has sub-units on ${o.date}: ${codes}. Move or merge them first.`, `Đơn vị vẫn còn đơn vị trực thuộc vào ngày ${o.date}: ${codes}. Hãy chuyển hoặc sáp nhập trước.`);
  }
  return [...closeUnitChanges(unit, o.date, addDays(o.date, -1)), event(o, 'dissolve', o.date, { subjectIds: [unit.id] })];
}
