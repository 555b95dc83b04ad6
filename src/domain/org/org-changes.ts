import type { LocalDate } from '../shared/local-date.js';
import type { OrgEvent, OrgHistory, OrgLevel, OrgUnit } from './org-types.js';

/** One row-level change to the organisation history; a plan is a list of these, applied in one transaction. */
export type OrgChange =
  | { op: 'insertUnit'; unit: { id: string; code: string; level: OrgLevel; kind: string | null; validFrom: LocalDate } }
  | { op: 'endUnit'; unitId: string; validTo: LocalDate }
  | { op: 'insertName'; unitId: string; name: string; nameEn: string | null; validFrom: LocalDate }
  | { op: 'endName'; unitId: string; validFrom: LocalDate; validTo: LocalDate }
  | { op: 'insertParent'; unitId: string; parentId: string; validFrom: LocalDate }
  | { op: 'endParent'; unitId: string; validFrom: LocalDate; validTo: LocalDate }
  | { op: 'insertEvent'; event: OrgEvent };

/** The same changes applied to an in-memory history (a copy), to check a plan or answer "what if". */
export function applyChanges(history: OrgHistory, changes: OrgChange[]): OrgHistory {
  const units = new Map<string, OrgUnit>();
  for (const [id, unit] of history.units) units.set(id, { ...unit, names: unit.names.map((n) => ({ ...n })), parents: unit.parents.map((p) => ({ ...p })) });
  const events = [...history.events];
  for (const change of changes) {
    switch (change.op) {
      case 'insertUnit':
        units.set(change.unit.id, { ...change.unit, validTo: null, names: [], parents: [] });
        break;
      case 'endUnit':
        units.get(change.unitId)!.validTo = change.validTo;
        break;
      case 'insertName':
        units.get(change.unitId)!.names.push({ name: change.name, nameEn: change.nameEn, validFrom: change.validFrom, validTo: null });
        break;
      case 'endName':
        units.get(change.unitId)!.names.find((n) => n.validFrom === change.validFrom)!.validTo = change.validTo;
        break;
      case 'insertParent':
        units.get(change.unitId)!.parents.push({ parentId: change.parentId, validFrom: change.validFrom, validTo: null });
        break;
      case 'endParent':
        units.get(change.unitId)!.parents.find((p) => p.validFrom === change.validFrom)!.validTo = change.validTo;
        break;
      case 'insertEvent':
        events.push(change.event);
        break;
    }
  }
  return { units, events };
}

/** Changes that close everything of a unit still open on `date` (the unit, its current name and parent link). */
export function closeUnitChanges(unit: OrgUnit, date: LocalDate, lastDay: LocalDate): OrgChange[] {
  const changes: OrgChange[] = [{ op: 'endUnit', unitId: unit.id, validTo: lastDay }];
  for (const name of unit.names) if (name.validTo === null || name.validTo >= date) changes.push({ op: 'endName', unitId: unit.id, validFrom: name.validFrom, validTo: lastDay });
  for (const link of unit.parents) if (link.validTo === null || link.validTo >= date) changes.push({ op: 'endParent', unitId: unit.id, validFrom: link.validFrom, validTo: lastDay });
  return changes;
}
