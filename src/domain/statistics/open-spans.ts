import type { DossierFact } from './dossier-fact.js';

/** Open-ended span end: a dossier still open is projected to stay in its state for ever. */
export const FOREVER = 2_147_483_647;

/** In progress at the end of a local day: within the deadline or overdue (Circular 01/2020/TT-VPCP, form II.06a cols 12–13). */
export type OpenState = 'within' | 'overdue';

/** Consecutive local days [fromDay, toDay] during which a dossier was (or is projected to be) open in one state. */
export type OpenSpan = { fromDay: number; toDay: number; state: OpenState };

/**
 * The state of an open dossier at the end of local day `day`: waiting for a supplement counts as within the deadline;
 * otherwise within if the appointment in force is on or after that day, else overdue (Circular 01/2020/TT-VPCP, form
 * II.06a, col. 12 note; issue 5 rules). A dossier without a running time limit is within the deadline.
 */
export function openStateOn(dueDay: number | null, waitingSupplement: boolean, day: number): OpenState {
  return waitingSupplement || dueDay === null || dueDay >= day ? 'within' : 'overdue';
}

/** The spans a dossier is projected to be open from local day `day` on, given its state now (no further events). */
export function projectSpans(fact: DossierFact, day: number): OpenSpan[] {
  if (!fact.counted || fact.receivedDay === null) return [];
  const from = Math.max(day, fact.receivedDay);
  const last = fact.endDay === null ? FOREVER : fact.endDay - 1;
  if (from > last) return [];
  if (fact.waitingSupplement || fact.dueDay === null) return [{ fromDay: from, toDay: last, state: 'within' }];
  const spans: OpenSpan[] = [];
  if (fact.dueDay >= from) spans.push({ fromDay: from, toDay: Math.min(fact.dueDay, last), state: 'within' });
  if (fact.dueDay < last) spans.push({ fromDay: Math.max(from, fact.dueDay + 1), toDay: last, state: 'overdue' });
  return spans;
}

/**
 * Spans after a transition on local day `day`: the past (days before `day`) is kept as it was, the rest re-projected
 * from the new state. Applying this at each event in order gives the open state of every past day.
 */
export function reprojectSpans(spans: OpenSpan[], fact: DossierFact, day: number): OpenSpan[] {
  const kept: OpenSpan[] = [];
  for (const s of spans) {
    if (s.fromDay >= day) continue;
    kept.push(s.toDay >= day ? { ...s, toDay: day - 1 } : s);
  }
  const projected = projectSpans(fact, day);
  // Merge a projected span into the kept one it continues, so a dossier keeps one span per state run.
  const last = kept[kept.length - 1];
  if (last && projected[0] && last.toDay + 1 === projected[0].fromDay && last.state === projected[0].state) {
    kept[kept.length - 1] = { ...last, toDay: projected[0].toDay };
    projected.shift();
  }
  return [...kept, ...projected];
}
