import type { OrgHistory } from '../org/org-types.js';
import type { Rollup } from '../org/rollup-members.js';
import { toEpochDay } from '../shared/local-date.js';

/** Local epoch days of a unit's records that count toward a roll-up target: [fromDay, toDay], both inclusive. */
export type MemberDayRange = { unitId: string; fromDay: number; toDay: number };

const FIRST_DAY = -2_147_483_648;
const LAST_DAY = 2_147_483_647;

/**
 * The days of each roll-up member whose statistics count toward the target, clipped to the period. A member counts
 * for the days it belonged to the target; when it began or ended as a member (a commune merged into the successor),
 * its records before its start or after its end — dossiers it received and still had to finish — stay with it, so an
 * edge that is the unit's own first or last day is left open (Law 72/2025/QH15 Art. 8, continuity after rearrangement).
 */
export function memberDayRanges(history: OrgHistory, rollup: Rollup, fromDay: number, toDay: number): MemberDayRange[] {
  const out: MemberDayRange[] = [];
  for (const m of rollup.members) {
    const unit = history.units.get(m.unitId);
    if (!unit) continue;
    const lo = m.from === unit.validFrom ? FIRST_DAY : toEpochDay(m.from);
    const hi = m.to === null || m.to === unit.validTo ? LAST_DAY : toEpochDay(m.to);
    const a = Math.max(lo, fromDay);
    const b = Math.min(hi, toDay);
    if (a <= b) out.push({ unitId: m.unitId, fromDay: a, toDay: b });
  }
  return out;
}
