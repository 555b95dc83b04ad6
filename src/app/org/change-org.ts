import type { Actor } from '../../domain/auth/actor.js';
import { planMerge, planSplit, type SuccessorSpec } from '../../domain/org/plan-restructure.js';
import { planCreateUnit, planDissolve, planMove, planRename, type NewUnitSpec } from '../../domain/org/plan-unit-changes.js';
import type { LegalDoc } from '../../domain/org/org-types.js';
import type { LocalDate } from '../../domain/shared/local-date.js';
import type { AppContext } from '../app-context.js';
import { applyOrgPlan, type OrgPlanResult } from './apply-org-plan.js';

type Base = { actor: Actor; legalDoc: LegalDoc | null; note?: string | null };

/** Creates a unit from a date under a parent. */
export function createUnit(ctx: AppContext, o: Base & { spec: NewUnitSpec; validFrom: LocalDate }): Promise<OrgPlanResult & { unitId: string }> {
  let unitId = '';
  return applyOrgPlan(ctx, o.actor, 'org.unit_created', (history, ids) => {
    unitId = ids.newId();
    return planCreateUnit(history, { ...o, eventId: ids.eventId, unitId });
  }).then((result) => ({ ...result, unitId }));
}

/** Renames a unit from a date, keeping the old name for the past. */
export function renameUnit(ctx: AppContext, o: Base & { unitId: string; name: string; nameEn: string | null; date: LocalDate }) {
  return applyOrgPlan(ctx, o.actor, 'org.unit_renamed', (history, ids) => planRename(history, { ...o, eventId: ids.eventId }));
}

/** Moves a unit under another parent from a date. */
export function moveUnit(ctx: AppContext, o: Base & { unitId: string; parentId: string; date: LocalDate }) {
  return applyOrgPlan(ctx, o.actor, 'org.unit_moved', (history, ids) => planMove(history, { ...o, eventId: ids.eventId }));
}

/** Dissolves a unit from a date. */
export function dissolveUnit(ctx: AppContext, o: Base & { unitId: string; date: LocalDate }) {
  return applyOrgPlan(ctx, o.actor, 'org.unit_dissolved', (history, ids) => planDissolve(history, { ...o, eventId: ids.eventId }));
}

type NewOrExisting = { existingId: string } | { spec: NewUnitSpec };
const withId = (s: NewOrExisting, newId: () => string): SuccessorSpec => ('existingId' in s ? s : { newId: newId(), spec: s.spec });

/** Merges units into one (new or existing) from a date. */
export function mergeUnits(ctx: AppContext, o: Base & { predecessorIds: string[]; successor: NewOrExisting; date: LocalDate }) {
  return applyOrgPlan(ctx, o.actor, 'org.units_merged', (history, ids) =>
    planMerge(history, { ...o, eventId: ids.eventId, successor: withId(o.successor, ids.newId) }));
}

/** Splits a unit into several (new or existing) from a date. */
export function splitUnit(ctx: AppContext, o: Base & { predecessorId: string; successors: NewOrExisting[]; date: LocalDate }) {
  return applyOrgPlan(ctx, o.actor, 'org.unit_split', (history, ids) =>
    planSplit(history, { ...o, eventId: ids.eventId, successors: o.successors.map((s) => withId(s, ids.newId)) }));
}
