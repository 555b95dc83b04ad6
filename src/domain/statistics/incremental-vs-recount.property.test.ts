import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../shared/local-date.js';
import { factOf, type DossierFactInput, type DossierFact } from './dossier-fact.js';
import { counterChanges, emptyCounters, type Counters, type CounterName } from './fact-counters.js';
import { brokenIdentities, emptyFigures, figuresFrom, tally, type Ii06aFigures } from './ii06a-row.js';
import { reprojectSpans, type OpenSpan } from './open-spans.js';
import { classifyForPeriod, spansOfTimeline, timelineFromEvents, type LoggedEvent } from './recount.js';

// A random dossier life: receipt (or refusal at reception), then steps through the statuses, at increasing times.
type Step = 'supplement' | 'payment' | 'extend' | 'end' | 'deliver' | 'assign';
const base = Date.UTC(2026, 0, 5, 2); // 09:00 in Vietnam
const lifeArb = fc.record({
  channel: fc.constantFrom('in_person' as const, 'online' as const, 'postal' as const),
  refusedAtReception: fc.boolean().map((b) => b && Math.random() < 0.2),
  receivedOffsetH: fc.integer({ min: 0, max: 60 * 24 }),
  dueDays: fc.integer({ min: 0, max: 20 }),
  steps: fc.array(fc.record({ kind: fc.constantFrom<Step>('supplement', 'payment', 'extend', 'end', 'deliver', 'assign'), gapH: fc.integer({ min: 0, max: 24 * 12 }), endKind: fc.constantFrom('approved', 'refused', 'stopped', 'withdrawn'), newDueDays: fc.integer({ min: 0, max: 15 }) }), { maxLength: 7 }),
});

type Life = typeof lifeArb extends fc.Arbitrary<infer T> ? T : never;

/** Plays a life both ways: the state after each event (for the incremental path) and the event log (for the recount). */
function play(l: Life): { states: Array<{ at: number; input: DossierFactInput }>; events: LoggedEvent[] } {
  const s: DossierFactInput = { status: 'submitted', outcome: null, channel: l.channel, receivedAt: null, dueAt: null, extendedDueAt: null, endedAt: null, supplementCount: 0,
    hasDigitisedComponent: false, hasReusedComponent: false, hasElectronicResult: false, paperResult: true, hasFee: false, paidOnline: false };
  let at = base + l.receivedOffsetH * 3_600_000;
  const states: Array<{ at: number; input: DossierFactInput }> = [];
  const events: LoggedEvent[] = [];
  const push = (type: string, payload: Record<string, unknown> = {}) => { states.push({ at, input: { ...s } }); events.push({ type, at, statusAfter: s.status, payload }); };
  if (l.refusedAtReception) { s.status = 'refused_at_reception'; push('refused_at_reception'); return { states, events }; }
  s.status = 'processing'; s.receivedAt = at; s.dueAt = at + l.dueDays * DAY_MS; push('received', { dueAt: s.dueAt });
  for (const step of l.steps) {
    at += step.gapH * 3_600_000;
    if (s.endedAt !== null) { if (step.kind === 'deliver' && s.status === 'resolved') { s.status = 'delivered'; push('delivered'); } continue; }
    if (s.status === 'waiting_supplement' || s.status === 'waiting_payment') {
      const type = s.status === 'waiting_supplement' ? 'supplement_completed' : 'paid';
      s.status = 'processing'; s.dueAt = at + step.newDueDays * DAY_MS; push(type, { dueAt: s.dueAt });
      continue;
    }
    if (step.kind === 'supplement') { s.status = 'waiting_supplement'; s.supplementCount++; push('supplement_requested'); }
    else if (step.kind === 'payment') { s.status = 'waiting_payment'; push('payment_requested'); }
    else if (step.kind === 'extend' && s.extendedDueAt === null) { s.extendedDueAt = s.dueAt! + 5 * DAY_MS; push('extension_approved', { newDueAt: s.extendedDueAt }); }
    else if (step.kind === 'end') {
      s.endedAt = at;
      if (step.endKind === 'approved' || step.endKind === 'refused') { s.status = 'resolved'; s.outcome = step.endKind; push('resolved', { outcome: step.endKind }); }
      else { s.status = step.endKind; push(step.endKind); }
    } else push('assigned');
  }
  return { states, events };
}

const dayOf = (ms: number) => Math.floor((ms + 7 * 3_600_000) / DAY_MS);

describe('rollups kept incrementally equal the recount from the event log', () => {
  it('for random dossier lives and random periods', () => {
    fc.assert(fc.property(fc.array(lifeArb, { maxLength: 25 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), (lives, a, b) => {
      const counters = new Map<number, Counters>();
      const allSpans: OpenSpan[][] = [];
      const reference = emptyFigures();
      const fromDay = dayOf(base) + Math.min(a, b);
      const toDay = dayOf(base) + Math.max(a, b);
      for (const life of lives) {
        const { states, events } = play(life);
        let fact: DossierFact | null = null;
        let spans: OpenSpan[] = [];
        for (const st of states) {
          const next = factOf(st.input);
          for (const d of counterChanges(fact, next)) {
            const c = counters.get(d.day) ?? emptyCounters();
            for (const [k, v] of Object.entries(d.counts)) c[k as CounterName] += v;
            counters.set(d.day, c);
          }
          spans = reprojectSpans(spans, next, dayOf(st.at));
          fact = next;
        }
        allSpans.push(spans);
        expect(spansOfTimeline(timelineFromEvents(life.channel, events))).toEqual(spans);
        const cls = classifyForPeriod(timelineFromEvents(life.channel, events), fromDay, toDay);
        if (cls) tally(reference, cls);
      }
      const sum = emptyCounters();
      for (const [day, c] of counters) if (day >= fromDay && day <= toDay) for (const k of Object.keys(c) as CounterName[]) sum[k] += c[k];
      const openOn = (day: number, state?: string) => allSpans.flat().filter((s) => s.fromDay <= day && s.toDay >= day && (!state || s.state === state)).length;
      const incremental: Ii06aFigures = figuresFrom(sum, openOn(fromDay - 1), openOn(toDay, 'within'), openOn(toDay, 'overdue'));
      expect(incremental).toEqual(reference);
      expect(brokenIdentities(incremental)).toEqual([]);
    }), { numRuns: 400 });
  });
});
