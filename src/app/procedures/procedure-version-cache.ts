import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import type { Db, Executor } from '../../store/db.js';
import { PROCEDURE_VERSION_KEY, procedureRepository } from '../../store/repositories/procedure.repository.js';
import { settingsRepository } from '../../store/repositories/settings.repository.js';
import type { AppContext } from '../app-context.js';

const caches = new WeakMap<Db, { version: string; byId: Map<string, ProcedureVersion> }>();
const MAX_CACHED = 5_000;

/**
 * A procedure version by id, from memory while the catalogue counter `catalogueVersion` (read by the caller) is
 * unchanged, else through `ex` — which may be the caller's open transaction — and remembered.
 */
export async function findProcedureVersion(db: Db, ex: Executor, id: string, catalogueVersion: string): Promise<ProcedureVersion | undefined> {
  let cache = caches.get(db);
  if (!cache || cache.version !== catalogueVersion) caches.set(db, cache = { version: catalogueVersion, byId: new Map() });
  const hit = cache.byId.get(id);
  if (hit) return hit;
  const version = await procedureRepository(ex).findVersionById(id);
  if (version) {
    if (cache.byId.size >= MAX_CACHED) cache.byId.clear();
    cache.byId.set(id, version);
  }
  return version;
}

const catalogues = new WeakMap<Db, { version: string; all: ProcedureVersion[] }>();

/** Every procedure version with its units, from memory while the catalogue counter is unchanged (reports and indices read it whole). */
export async function loadProcedureCatalogue(ctx: AppContext): Promise<ProcedureVersion[]> {
  const version = await settingsRepository(ctx.db.orm).counter(PROCEDURE_VERSION_KEY);
  const cached = catalogues.get(ctx.db);
  if (cached?.version === version) return cached.all;
  const all = await procedureRepository(ctx.db.orm).listAll();
  catalogues.set(ctx.db, { version, all });
  return all;
}

/** The versions any of the units is competent for. */
export function versionsOfUnits(all: ProcedureVersion[], unitIds: Iterable<string>): ProcedureVersion[] {
  const units = new Set(unitIds);
  return all.filter((v) => v.competentUnitIds.some((u) => units.has(u)));
}
