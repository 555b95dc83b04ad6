import type { OrgEvent, UnitRef } from '../../../api/types';

export type Lineage = { predecessors: UnitRef[]; successors: UnitRef[] };

/**
 * The units this one came from and went into, gathered from its events (merge, split, rename, …), without itself
 * and without repeats, in event order.
 */
export function lineageOf(unitId: string, events: readonly OrgEvent[]): Lineage {
  const collect = (pick: (event: OrgEvent) => UnitRef[]) => {
    const seen = new Map<string, UnitRef>();
    for (const event of sortEvents(events)) {
      for (const ref of pick(event)) if (ref.id !== unitId && !seen.has(ref.id)) seen.set(ref.id, ref);
    }
    return [...seen.values()];
  };
  return {
    predecessors: collect((event) => (event.successors.some((ref) => ref.id === unitId) ? event.predecessors : [])),
    successors: collect((event) => (event.predecessors.some((ref) => ref.id === unitId) ? event.successors : [])),
  };
}

/** Oldest first; same-day events keep the server's order. */
export const sortEvents = (events: readonly OrgEvent[]): OrgEvent[] =>
  [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
