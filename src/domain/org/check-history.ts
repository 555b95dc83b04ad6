import { addDays } from '../shared/local-date.js';
import { ancestorsOn } from './org-queries.js';
import { isValidOn, overlaps, type Interval, type OrgHistory } from './org-types.js';

/**
 * Every invariant the organisation history must keep, as a list of problems (empty = consistent): one holder per code
 * per day, names and parent links inside the unit's life and not overlapping, parents alive while linked, no cycles,
 * predecessors ending the day before their event and successors alive on it.
 */
export function checkHistory(history: OrgHistory): string[] {
  const problems: string[] = [];
  const byCode = new Map<string, string[]>();
  for (const unit of history.units.values()) byCode.set(unit.code, [...(byCode.get(unit.code) ?? []), unit.id]);
  for (const [code, ids] of byCode) {
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
      if (overlaps(history.units.get(ids[i])!, history.units.get(ids[j])!)) problems.push(`code ${code} is held by two units at once`);
    }
  }
  for (const unit of history.units.values()) {
    const label = `${unit.code} (${unit.validFrom})`;
    /** A row lies inside the unit's life; an open row only on a unit that is still valid. */
    const insideLife = (row: Interval) => isValidOn(unit, row.validFrom) && (row.validTo === null ? unit.validTo === null : isValidOn(unit, row.validTo));
    const names = [...unit.names].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    if (names.length === 0) problems.push(`${label} has no name`);
    if (names.some((n) => !insideLife(n))) problems.push(`${label} has a name outside its life`);
    for (let i = 1; i < names.length; i++) if (overlaps(names[i - 1], names[i])) problems.push(`${label} has overlapping names`);
    for (const link of unit.parents) {
      const parent = history.units.get(link.parentId);
      if (!parent) { problems.push(`${label} links to a missing parent`); continue; }
      if (!insideLife(link)) problems.push(`${label} has a parent link outside its life`);
      if (!isValidOn(parent, link.validFrom) || (link.validTo ? !isValidOn(parent, link.validTo) : parent.validTo !== null && unit.validTo === null)) {
        problems.push(`${label} is linked to ${parent.code} outside the parent's life`);
      }
    }
    const links = [...unit.parents].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    for (let i = 1; i < links.length; i++) if (overlaps(links[i - 1], links[i])) problems.push(`${label} has two parents at once`);
    // The tree only gains edges on the first day of a link, so a cycle shows on the first day of one of its links.
    const treeDays = [unit.validFrom, ...unit.parents.map((p) => p.validFrom)];
    if (treeDays.some((day) => ancestorsOn(history, unit.id, day).includes(unit.id))) problems.push(`${label} is its own ancestor`);
  }
  for (const event of history.events) {
    const ending = event.predecessorIds.filter((id) => !event.successorIds.includes(id));
    for (const id of ending) {
      const unit = history.units.get(id);
      if (unit && unit.validTo !== addDays(event.effectiveOn, -1)) problems.push(`${unit.code} should end on the day before the ${event.kind} of ${event.effectiveOn}`);
    }
    for (const id of event.successorIds) {
      const unit = history.units.get(id);
      if (unit && !isValidOn(unit, event.effectiveOn)) problems.push(`${unit.code} does not exist on the ${event.kind} of ${event.effectiveOn}`);
    }
  }
  return problems;
}
