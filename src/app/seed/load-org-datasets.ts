import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SYSTEM_ACTOR } from '../../domain/auth/actor.js';
import { DomainError } from '../../domain/errors.js';
import { checkHistory } from '../../domain/org/check-history.js';
import { applyChanges } from '../../domain/org/org-changes.js';
import type { OrgDataset } from '../../domain/org/org-dataset.js';
import { planDataset } from '../../domain/org/plan-dataset.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { orgRepository } from '../../store/repositories/org.repository.js';
import type { AppContext } from '../app-context.js';
import { lockOrgHistory } from '../org/load-org-history.js';

/** Reads the shipped datasets of a folder: provinces first, then the others by file name. */
export function readOrgDatasets(folder: string): OrgDataset[] {
  const files = readdirSync(folder).filter((f) => f.endsWith('.json')).sort((a, b) => (a === 'provinces.json' ? -1 : b === 'provinces.json' ? 1 : a.localeCompare(b)));
  return files.map((f) => JSON.parse(readFileSync(join(folder, f), 'utf8')) as OrgDataset);
}

/**
 * Loads every dataset not yet in the database, in one transaction each; the whole history must stay consistent
 * (checkHistory) or nothing of that dataset is written. Returns the names of the datasets loaded now.
 */
export async function loadOrgDatasets(ctx: AppContext, datasets: OrgDataset[]): Promise<string[]> {
  const loaded: string[] = [];
  for (const dataset of datasets) {
    const done = await ctx.db.transaction(async (tx) => {
      const repository = orgRepository(tx);
      const history = await lockOrgHistory(tx);
      if (await repository.hasDataset(dataset.dataset)) return false;
      const keysByDataset = new Map<string, Map<string, { id: string; validFrom: string }>>();
      const resolveRef = (ref: { dataset: string; key: string }) => keysByDataset.get(ref.dataset)?.get(ref.key);
      const referenced = dataset.units.flatMap((u) => [u.parentRef, ...(u.parentHistory ?? []).map((l) => l.parentRef)]).flatMap((r) => (r ? [r.dataset] : []));
      for (const other of new Set(referenced)) keysByDataset.set(other, await repository.datasetKeys(other));
      for (const e of dataset.events ?? []) for (const ref of [...(e.predecessors ?? []), ...(e.successors ?? []), ...(e.subjects ?? [])]) {
        if (typeof ref !== 'string' && !keysByDataset.has(ref.dataset)) keysByDataset.set(ref.dataset, await repository.datasetKeys(ref.dataset));
      }
      const { changes, ids } = planDataset(dataset, { resolveRef, newId: randomUUID });
      const problems = checkHistory(applyChanges(history, changes));
      if (problems.length) {
        throw new DomainError('INVALID_INPUT', `Dataset ${dataset.dataset} is inconsistent: ${problems.slice(0, 5).join('; ')}`, `Bộ dữ liệu ${dataset.dataset} không nhất quán.`, { problems });
      }
      const keys = new Map([...ids].map(([key, id]) => [id, key]));
      await repository.apply(changes, null, { name: dataset.dataset, keys });
      await auditRepository(tx).record(SYSTEM_ACTOR, 'org.dataset_loaded', { type: 'org_dataset', id: dataset.dataset }, null, { units: dataset.units.length, events: dataset.events?.length ?? 0 });
      return true;
    });
    if (done) loaded.push(dataset.dataset);
  }
  return loaded;
}
