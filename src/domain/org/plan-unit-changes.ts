import { invalidInput } from '../errors.js';
import { addDays, type LocalDate } from '../shared/local-date.js';
import { childrenIndex, nameOn, parentOn } from './org-queries.js';
import { closeUnitChanges, type OrgChange } from './org-changes.js';
import type { LegalDoc, OrgEvent, OrgHistory, OrgLevel } from './org-types.js';
import { requireChangeDate, requireCodeFree, requireLevelFits, requireNoCycle, requireUnit, requireValidOn } from './validate-org.js';

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
  if (parent) changes.push({ op: 'insertParent', unitId: id, parentId: parent.id, validFrom });
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
  const current = unit.names.find((n) => n.validTo === null)!;
  return [
    { op: 'endName', unitId: unit.id, validFrom: current.validFrom, validTo: addDays(o.date, -1) },
    { op: 'insertName', unitId: unit.id, name: o.name, nameEn: o.nameEn, validFrom: o.date },
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
  const changes: OrgChange[] = unit.parents
    .filter((p) => p.validTo === null)
    .map((p) => ({ op: 'endParent', unitId: unit.id, validFrom: p.validFrom, validTo: addDays(o.date, -1) }));
  return [...changes, { op: 'insertParent', unitId: unit.id, parentId: parent.id, validFrom: o.date }, event(o, 'move', o.date, { subjectIds: [unit.id] })];
}

/** Dissolving a unit from `date`; its children must be moved or merged first so nothing is orphaned. */
export function planDissolve(history: OrgHistory, o: EventBase & { unitId: string; date: LocalDate }): OrgChange[] {
  const unit = requireUnit(history, o.unitId);
  requireValidOn(unit, addDays(o.date, -1), 'date');
  requireChangeDate(unit, o.date);
  const children = childrenIndex(history, o.date).get(unit.id) ?? [];
  if (children.length) {
    const codes = children.map((id) => history.units.get(id)!.code).join(', ');
    throw invalidInput('unitId', `Unit still has sub-units on ${o.date}: ${codes}. Move or merge them first.`, `Đơn vị vẫn còn đơn vị trực thuộc vào ngày ${o.date}: ${codes}. Hãy chuyển hoặc sáp nhập trước.`);
  }
  return [...closeUnitChanges(unit, o.date, addDays(o.date, -1)), event(o, 'dissolve', o.date, { subjectIds: [unit.id] })];
}
