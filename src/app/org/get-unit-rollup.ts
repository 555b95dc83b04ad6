import { rollupMembers, type Rollup } from '../../domain/org/rollup-members.js';
import type { OrgHistory } from '../../domain/org/org-types.js';
import type { AppContext } from '../app-context.js';
import { getUnit } from './get-unit.js';

/** Every unit whose records add up into a unit (itself, units below it, and predecessors that merged into them). */
export async function getUnitRollup(ctx: AppContext, o: { idOrCode: string; asOf: string }): Promise<Rollup & { history: OrgHistory; unitId: string }> {
  const { history, unit } = await getUnit(ctx, o);
  return { ...rollupMembers(history, unit.id), history, unitId: unit.id };
}
