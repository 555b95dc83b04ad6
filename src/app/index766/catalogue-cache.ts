import type { WorkingCalendar } from '../../domain/calendar/working-calendar.js';
import { catalogueBases } from '../../domain/index766/unit-index.js';
import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import type { LocalDate } from '../../domain/shared/local-date.js';

// What the Decision 766 index derives from the procedure catalogue alone, kept while the loaded catalogue (and calendar)
// objects live: loadProcedureCatalogue and loadWorkingCalendar return the same objects until their counters change.

const byUnitOf = new WeakMap<ProcedureVersion[], Map<string, ProcedureVersion[]>>();

/** The catalogue's versions by competent unit, in catalogue order, once per loaded catalogue (a commune procedure lists every commune). */
export function versionsByUnit(catalogue: ProcedureVersion[]): Map<string, ProcedureVersion[]> {
  let byUnit = byUnitOf.get(catalogue);
  if (!byUnit) {
    byUnit = new Map();
    for (const v of catalogue) for (const u of v.competentUnitIds) (byUnit.get(u) ?? byUnit.set(u, []).get(u)!).push(v);
    byUnitOf.set(catalogue, byUnit);
  }
  return byUnit;
}

/**
 * Catalogue judgements outlive one request: they depend only on the procedure versions (the same objects while the
 * catalogue is unchanged: loadProcedureCatalogue), the calendar and the period. Kept per loaded catalogue and calendar,
 * for the most recent periods.
 */
const basesByCatalogue = new WeakMap<ProcedureVersion[], WeakMap<WorkingCalendar, Map<string, ReturnType<typeof catalogueBases>>>>();
const MAX_CACHED_PERIODS = 64;

export function sharedCatalogueBases(catalogue: ProcedureVersion[], calendar: WorkingCalendar, from: LocalDate, to: LocalDate, asOf: LocalDate): ReturnType<typeof catalogueBases> {
  const byCalendar = basesByCatalogue.get(catalogue) ?? basesByCatalogue.set(catalogue, new WeakMap()).get(catalogue)!;
  const byPeriod = byCalendar.get(calendar) ?? byCalendar.set(calendar, new Map()).get(calendar)!;
  const key = `${from}|${to}|${asOf}`;
  let bases = byPeriod.get(key);
  if (!bases) {
    if (byPeriod.size >= MAX_CACHED_PERIODS) byPeriod.delete(byPeriod.keys().next().value!);
    byPeriod.set(key, (bases = catalogueBases(from, to, asOf, calendar)));
  }
  return bases;
}
