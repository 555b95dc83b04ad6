import { SYSTEM_ACTOR, type Actor } from '../../domain/auth/actor.js';
import type { DossierActor } from '../../domain/dossiers/decide-dossier-action.js';
import type { DossierClock } from '../../domain/dossiers/dossier-clock.js';
import type { LegacyCatalogue } from '../../domain/dossiers/resolve-legacy-line.js';
import { ancestorsOn } from '../../domain/org/org-queries.js';
import { isValidOn, type OrgHistory } from '../../domain/org/org-types.js';
import { rollupMembers } from '../../domain/org/rollup-members.js';
import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import type { LocalDate } from '../../domain/shared/local-date.js';
import { procedureRepository } from '../../store/repositories/procedure.repository.js';
import type { AppContext } from '../app-context.js';
import { prepareDecision } from './dossier-context.js';

/** The system as the actor of a legacy import or a demo seed (history is replayed, not decided anew). */
export const IMPORT_ACTOR: DossierActor = { kind: 'system', userId: null, name: SYSTEM_ACTOR.username, roles: SYSTEM_ACTOR.roles, mayActFor: () => true };

/** In-memory look-ups for a bulk import: units by code and date, procedure versions by code and date, a clock per agency. */
export type ImportCatalogue = LegacyCatalogue & {
  history: OrgHistory;
  versions: ProcedureVersion[];
  /** The one working calendar and the office hours of the competent agency (prepareDecision's, cached per agency). */
  clockFor: (competentUnitId: string, procedure: ProcedureVersion) => DossierClock;
};

/** Memoises a two-argument look-up by `a|b` (a province-year has ~100 codes × 365 days: a few thousand keys). */
function memo<T>(find: (a: string, b: string) => T): (a: string, b: string) => T {
  const cache = new Map<string, T>();
  return (a, b) => {
    const key = `${a}|${b}`;
    if (cache.has(key)) return cache.get(key)!;
    const value = find(a, b);
    cache.set(key, value);
    return value;
  };
}

/**
 * Loads, once and outside any transaction (embedded PGlite has one connection), everything a bulk import resolves lines
 * against: the organisation history, every procedure version, the calendar and office hours — then answers from memory.
 */
export async function loadImportCatalogue(ctx: AppContext): Promise<ImportCatalogue> {
  const setup = await prepareDecision(ctx, IMPORT_ACTOR);
  const versions = await procedureRepository(ctx.db.orm).listAll();
  const unitsByCode = new Map<string, string[]>();
  for (const unit of setup.history.units.values()) unitsByCode.set(unit.code, [...(unitsByCode.get(unit.code) ?? []), unit.id]);
  const versionsByCode = new Map<string, ProcedureVersion[]>();
  for (const v of versions) versionsByCode.set(v.code, [...(versionsByCode.get(v.code) ?? []), v]);
  const clocks = new Map<string, DossierClock>();
  return {
    history: setup.history,
    versions,
    unitIdOn: memo((code, date) => unitsByCode.get(code)?.find((id) => isValidOn(setup.history.units.get(id)!, date))),
    procedureOn: memo((code, date) => versionsByCode.get(code)?.find((v) => v.validFrom <= date && (v.validTo === null || date <= v.validTo))),
    clockFor: (competentUnitId, procedure) => {
      let clock = clocks.get(competentUnitId);
      if (!clock) clocks.set(competentUnitId, clock = setup.contextFor({ procedure, competentUnitId }).clock);
      return clock;
    },
  };
}

/**
 * The units whose dossiers an actor may exchange: all for a system administrator; for the PAR standing agency, every unit
 * that ever belonged to its province, or merged into one that did (Decree 118/2025/ND-CP Art. 9; history included, so
 * dossiers of former communes and districts can be migrated). Null means no restriction.
 */
export function exchangeScope(actor: Actor, history: OrgHistory, today: LocalDate): Set<string> | null {
  if (actor.kind === 'system' || actor.roles.includes('system_admin')) return null;
  if (!actor.unitId || !history.units.has(actor.unitId)) return new Set();
  const root = [actor.unitId, ...ancestorsOn(history, actor.unitId, today)].at(-1)!;
  return new Set(rollupMembers(history, root).members.map((m) => m.unitId));
}
