import { epochDayOfInstant } from '../shared/local-date.js';
import { classifyEnd, type DossierFact, type EndClass, type EndKind } from './dossier-fact.js';
import { openStateOn, reprojectSpans, type OpenSpan, type OpenState } from './open-spans.js';

/** An event of the dossier log as the recount reads it (dossier_events). */
export type LoggedEvent = { type: string; at: number; statusAfter: string; payload: Record<string, unknown> };

/** A dossier's history reduced to what the statutory report needs, straight from its event log. */
export type DossierTimeline = {
  channel: 'in_person' | 'online' | 'postal';
  receivedAt: number | null;
  end: { at: number; kind: EndKind; dueAt: number | null; extended: boolean } | null;
  /** Each change of the state that decides "within / overdue" while open: when, the appointment then, waiting or not. */
  states: Array<{ at: number; dueAt: number | null; waitingSupplement: boolean }>;
};

const CLOCK_EVENTS = new Set(['received', 'supplement_completed', 'paid']);
const END_STATUS: Record<string, EndKind> = { resolved: 'resolved', stopped: 'stopped', withdrawn: 'withdrawn' };

/** Reads a dossier's event log (in order) into its timeline; events after the end of processing change nothing. */
export function timelineFromEvents(channel: DossierTimeline['channel'], events: LoggedEvent[]): DossierTimeline {
  const t: DossierTimeline = { channel, receivedAt: null, end: null, states: [] };
  let dueAt: number | null = null;
  let extended = false;
  for (const e of events) {
    if (t.end) break;
    if (e.statusAfter === 'refused_at_reception') return { ...t, receivedAt: null, states: [] };
    if (e.type === 'received' && t.receivedAt === null) t.receivedAt = e.at;
    if (CLOCK_EVENTS.has(e.type) && 'dueAt' in e.payload) dueAt = typeof e.payload.dueAt === 'number' ? e.payload.dueAt : null;
    if (e.type === 'extension_approved') extended = true;
    if (t.receivedAt === null) continue;
    const kind = END_STATUS[e.statusAfter];
    if (kind) {
      const refused = kind === 'resolved' && (e.type === 'refused' || e.payload.outcome === 'refused');
      t.end = { at: e.at, kind: refused ? 'refused' : kind, dueAt, extended };
    } else {
      t.states.push({ at: e.at, dueAt, waitingSupplement: e.statusAfter === 'waiting_supplement' });
    }
  }
  return t;
}

/** Where one dossier falls in the II.06a report of a period; null fields mean "not in that column group". */
export type PeriodClass = {
  received: 'carriedOver' | 'online' | 'inPersonOrPostal';
  resolved: EndClass | null;
  endKind: EndKind | null;
  lateWithApology: boolean;
  inProgress: OpenState | null;
  /** The local days the rule compared, for the explanation of the figure. */
  receivedDay: number; endDay: number | null; dueDay: number | null;
};

/**
 * The reference classification of one dossier for the period [fromDay, toDay] (local days), computed from its
 * timeline alone (Circular 01/2020/TT-VPCP, form II.06a; the issue 5 rules): not counted when never received or
 * refused at reception, received after the period or finished before it; carried over when received before it.
 */
export function classifyForPeriod(t: DossierTimeline, fromDay: number, toDay: number): PeriodClass | null {
  if (t.receivedAt === null) return null;
  const receivedDay = epochDayOfInstant(t.receivedAt);
  const endDay = t.end ? epochDayOfInstant(t.end.at) : null;
  if (receivedDay > toDay || (endDay !== null && endDay < fromDay)) return null;
  const received = receivedDay < fromDay ? 'carriedOver' : t.channel === 'online' ? 'online' : 'inPersonOrPostal';
  if (t.end && endDay !== null && endDay <= toDay) {
    const dueDay = t.end.dueAt === null ? null : epochDayOfInstant(t.end.dueAt);
    const resolved = classifyEnd(t.end.kind, endDay, dueDay);
    return { received, resolved, endKind: t.end.kind, lateWithApology: resolved === 'late' && t.end.extended, inProgress: null, receivedDay, endDay, dueDay };
  }
  let state = t.states[0];
  for (const s of t.states) if (epochDayOfInstant(s.at) <= toDay) state = s;
  const dueDay = state?.dueAt == null ? null : epochDayOfInstant(state.dueAt);
  const inProgress = openStateOn(dueDay, state?.waitingSupplement ?? false, toDay);
  return { received, resolved: null, endKind: null, lateWithApology: false, inProgress, receivedDay, endDay: null, dueDay };
}

/** The open spans of a dossier from its timeline: the incremental re-projection applied at each event, in order. */
export function spansOfTimeline(t: DossierTimeline): OpenSpan[] {
  if (t.receivedAt === null) return [];
  const receivedDay = epochDayOfInstant(t.receivedAt);
  const base: DossierFact = { counted: true, online: false, receivedDay, endDay: null, endKind: null, endClass: null, extended: false, supplementCount: 0,
    hasDigitisedComponent: false, hasReusedComponent: false, hasElectronicResult: false, paperResult: false, hasFee: false, paidOnline: false, dueDay: null, waitingSupplement: false };
  let spans: OpenSpan[] = [];
  for (const s of t.states) {
    spans = reprojectSpans(spans, { ...base, dueDay: s.dueAt === null ? null : epochDayOfInstant(s.dueAt), waitingSupplement: s.waitingSupplement }, epochDayOfInstant(s.at));
  }
  if (t.end) {
    const endDay = epochDayOfInstant(t.end.at);
    spans = reprojectSpans(spans, { ...base, endDay, dueDay: null, waitingSupplement: false }, endDay);
  }
  return spans;
}
