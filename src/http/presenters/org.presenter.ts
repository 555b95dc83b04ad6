import { z } from 'zod';
import type { UnitDetails } from '../../app/org/get-unit.js';
import { nameOn, parentOn, successorsOf, type OrgUnitAsOf } from '../../domain/org/org-queries.js';
import type { OrgHistory, OrgUnit } from '../../domain/org/org-types.js';
import type { Rollup } from '../../domain/org/rollup-members.js';
import type { LocalDate } from '../../domain/shared/local-date.js';

export const ZUnit = z.object({
  id: z.string(), code: z.string(), name: z.string(), nameEn: z.string().nullable(), level: z.string(), kind: z.string().nullable(),
  validFrom: z.string(), validTo: z.string().nullable(), parentId: z.string().nullable(), parentCode: z.string().nullable(),
  successorCodes: z.array(z.string()),
});
const ZUnitRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
export const ZUnitDetails = z.object({
  unit: ZUnit,
  names: z.array(z.object({ name: z.string(), nameEn: z.string().nullable(), validFrom: z.string(), validTo: z.string().nullable() })),
  parents: z.array(z.object({ parentId: z.string(), parentCode: z.string(), parentName: z.string(), validFrom: z.string(), validTo: z.string().nullable() })),
  events: z.array(z.object({
    id: z.string(), kind: z.string(), date: z.string(), note: z.string().nullable(),
    legalDoc: z.object({ number: z.string(), issuedOn: z.string().nullable(), title: z.string().nullable(), url: z.string().nullable() }).nullable(),
    predecessors: z.array(ZUnitRef), successors: z.array(ZUnitRef), subjects: z.array(ZUnitRef),
  })),
  children: z.array(z.object({ id: z.string(), code: z.string(), name: z.string(), level: z.string(), validFrom: z.string(), validTo: z.string().nullable() })),
});
export const ZRollup = z.object({
  unit: ZUnitRef,
  members: z.array(z.object({ unitId: z.string(), code: z.string(), name: z.string(), level: z.string(), from: z.string(), to: z.string().nullable(), via: z.string() })),
  splitPredecessors: z.array(ZUnitRef),
});

/** The name of a unit as it was on its last valid day up to `date`. */
const nameAt = (unit: OrgUnit, date: LocalDate) => nameOn(unit, unit.validTo && unit.validTo < date ? unit.validTo : date);
const ref = (history: OrgHistory, id: string, date: LocalDate) => {
  const unit = history.units.get(id)!;
  return { id, code: unit.code, name: nameAt(unit, date).name };
};

/** One unit as it stood on `date`. */
export function presentUnit(history: OrgHistory, unit: OrgUnit, date: LocalDate): z.infer<typeof ZUnit> {
  const onDate = unit.validTo && unit.validTo < date ? unit.validTo : date < unit.validFrom ? unit.validFrom : date;
  const parentId = parentOn(unit, onDate);
  return {
    id: unit.id, code: unit.code, ...nameOn(unit, onDate), level: unit.level, kind: unit.kind, validFrom: unit.validFrom, validTo: unit.validTo,
    parentId, parentCode: parentId ? history.units.get(parentId)?.code ?? null : null,
    successorCodes: successorsOf(history, unit.id).map((id) => history.units.get(id)!.code),
  };
}

export const presentUnitAsOf = (history: OrgHistory, u: OrgUnitAsOf, date: LocalDate) => presentUnit(history, u.unit, date);

/** A unit with its whole history. */
export function presentUnitDetails(d: UnitDetails, date: LocalDate): z.infer<typeof ZUnitDetails> {
  const { history, unit } = d;
  return {
    unit: presentUnit(history, unit, date),
    names: [...unit.names].sort((a, b) => a.validFrom.localeCompare(b.validFrom)).map((n) => ({ name: n.name, nameEn: n.nameEn, validFrom: n.validFrom, validTo: n.validTo })),
    parents: [...unit.parents].sort((a, b) => a.validFrom.localeCompare(b.validFrom)).map((p) => {
      const parent = history.units.get(p.parentId)!;
      return { parentId: p.parentId, parentCode: parent.code, parentName: nameOn(parent, p.validFrom).name, validFrom: p.validFrom, validTo: p.validTo };
    }),
    events: d.events.map((e) => ({
      id: e.id, kind: e.kind, date: e.effectiveOn, note: e.note, legalDoc: e.legalDoc,
      predecessors: e.predecessorIds.map((id) => ref(history, id, e.effectiveOn)),
      successors: e.successorIds.map((id) => ref(history, id, e.effectiveOn)),
      subjects: e.subjectIds.map((id) => ref(history, id, e.effectiveOn)),
    })),
    children: d.childIds.map((id) => history.units.get(id)!).sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))
      .map((c) => ({ id: c.id, code: c.code, name: nameAt(c, date).name, level: c.level, validFrom: c.validFrom, validTo: c.validTo })),
  };
}

/** The units behind a roll-up, with the days each one counts. */
export function presentRollup(history: OrgHistory, unitId: string, rollup: Rollup, date: LocalDate): z.infer<typeof ZRollup> {
  return {
    unit: ref(history, unitId, date),
    members: rollup.members.map((m) => {
      const unit = history.units.get(m.unitId)!;
      return { unitId: m.unitId, code: unit.code, name: nameAt(unit, date).name, level: unit.level, from: m.from, to: m.to, via: m.via };
    }),
    splitPredecessors: rollup.splitPredecessorIds.map((id) => ref(history, id, date)),
  };
}
