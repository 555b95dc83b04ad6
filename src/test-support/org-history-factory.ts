import { expect } from 'vitest';
import { DomainError } from '../domain/errors.js';
import { checkHistory } from '../domain/org/check-history.js';
import { applyChanges, type OrgChange } from '../domain/org/org-changes.js';
import type { DatasetRef, OrgDataset } from '../domain/org/org-dataset.js';
import type { LegalDoc, OrgHistory } from '../domain/org/org-types.js';
import type { NewUnitSpec } from '../domain/org/plan-unit-changes.js';
import { planDataset } from '../domain/org/plan-dataset.js';
import { buildTestProvinceDatasets } from './org-factory.js';

/** Deterministic ids 'u1', 'u2', … (the prefix keeps ids of different counters apart). */
export function idCounter(prefix = 'u'): () => string {
  let next = 0;
  return () => `${prefix}${++next}`;
}

export type BuiltOrgHistory = {
  history: OrgHistory;
  /** The id of the unit with `key` (searched in every dataset; pass the dataset name when a key is ambiguous). */
  id: (key: string, dataset?: string) => string;
  /** The counter that gave the ids, for further units and events. */
  newId: () => string;
};

/**
 * An in-memory organisation history built from datasets in order, exactly as the seed loader does it (planDataset then
 * applyChanges), with ids from a counter and references resolved across the datasets already built. Pure: no database.
 */
export function buildOrgHistory(datasets: OrgDataset[] = buildTestProvinceDatasets(), newId: () => string = idCounter()): BuiltOrgHistory {
  let history: OrgHistory = { units: new Map(), events: [] };
  const idsByDataset = new Map<string, Map<string, string>>();
  const resolveRef = (ref: DatasetRef) => {
    const id = idsByDataset.get(ref.dataset)?.get(ref.key);
    const unit = id ? history.units.get(id) : undefined;
    return unit ? { id: unit.id, validFrom: unit.validFrom } : undefined;
  };
  for (const dataset of datasets) {
    const { changes, ids } = planDataset(dataset, { resolveRef, newId });
    history = applyChanges(history, changes);
    idsByDataset.set(dataset.dataset, ids);
  }
  const id = (key: string, dataset?: string): string => {
    const hits = [...idsByDataset].filter(([name, ids]) => (!dataset || name === dataset) && ids.has(key)).map(([, ids]) => ids.get(key)!);
    if (hits.length !== 1) throw new Error(`Key ${key} matches ${hits.length} units in the test datasets.`);
    return hits[0];
  };
  return { history, id, newId };
}

/** A legal document for plans in tests (the decision number is fictional). */
export const TEST_LEGAL_DOC: LegalDoc = { number: '99/QĐ-UBND', issuedOn: '2024-01-01', title: 'Quyết định thử nghiệm', url: null };

/** The spec of a new commune under `parentId`. */
export function communeSpec(code: string, name: string, parentId: string | null): NewUnitSpec {
  return { code, name, nameEn: null, level: 'commune', kind: 'commune', parentId };
}

/** Applies a plan and insists the result keeps every invariant of the history. */
export function appliedTo(on: OrgHistory, changes: OrgChange[]): OrgHistory {
  const next = applyChanges(on, changes);
  expect(checkHistory(next)).toEqual([]);
  return next;
}

/** The problems left by a plan, or none when the plan is refused with a DomainError. */
export function problemsAfterPlan(plan: () => OrgChange[], on: OrgHistory): string[] {
  try {
    return checkHistory(applyChanges(on, plan()));
  } catch (error) {
    if (error instanceof DomainError) return [];
    throw error;
  }
}
