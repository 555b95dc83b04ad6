import type { DossierFact } from './dossier-fact.js';

/** The additive counters kept per (competent unit, field, local day): `stat_daily` and `stat_monthly` columns. */
export const COUNTER_NAMES = [
  'receivedOnline', 'receivedOther', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate', 'withdrawn', 'refused', 'stopped',
  'lateWithApology', 'lateWithoutApology',
  // Decision 766/QĐ-TTg groups 3–4, by receipt day.
  'onlineEffective', 'digitised', 'reused', 'electronicResult', 'paperResult', 'withFee', 'paidOnline', 'multiSupplement',
  // Decision 766/QĐ-TTg 2.1, by end day: ended early or on time after more than one supplement request (counted overdue).
  'endedInTimeMultiSupplement',
] as const;
export type CounterName = (typeof COUNTER_NAMES)[number];
export type Counters = Record<CounterName, number>;

/** One contribution of a dossier to the counters of one local day. */
export type CounterDelta = { day: number; counts: Partial<Counters> };

export const emptyCounters = (): Counters => {
  const counters = {} as Counters;
  for (const n of COUNTER_NAMES) counters[n] = 0;
  return counters;
};

/**
 * What a dossier adds to the daily counters: on its receipt day the new-receipt and Decision 766 receipt-based counts,
 * on its end day the resolved class (Circular 01/2020/TT-VPCP, form II.06a; Decision 766/QĐ-TTg §3.2).
 */
export function countersOf(f: DossierFact): CounterDelta[] {
  if (!f.counted || f.receivedDay === null) return [];
  const receipt: Partial<Counters> = f.online ? { receivedOnline: 1 } : { receivedOther: 1 };
  // 3.3: an online dossier of a procedure with a paper result counts only with an electronic result.
  if (f.online && (!f.paperResult || f.hasElectronicResult)) receipt.onlineEffective = 1;
  if (f.hasDigitisedComponent && (!f.paperResult || f.hasElectronicResult)) receipt.digitised = 1;
  if (f.hasReusedComponent) receipt.reused = 1;
  if (f.paperResult) receipt.paperResult = 1;
  if (f.paperResult && f.hasElectronicResult) receipt.electronicResult = 1;
  if (f.hasFee) receipt.withFee = 1;
  if (f.hasFee && f.paidOnline) receipt.paidOnline = 1;
  if (f.supplementCount > 1) receipt.multiSupplement = 1;
  const deltas: CounterDelta[] = [{ day: f.receivedDay, counts: receipt }];
  if (f.endDay !== null && f.endClass) {
    const end: Partial<Counters> = {};
    end[f.endClass === 'early' ? 'resolvedEarly' : f.endClass === 'on_time' ? 'resolvedOnTime' : 'resolvedLate'] = 1;
    if (f.endKind === 'withdrawn') end.withdrawn = 1;
    if (f.endKind === 'refused') end.refused = 1;
    if (f.endKind === 'stopped') end.stopped = 1;
    if (f.endClass === 'late') end[f.extended ? 'lateWithApology' : 'lateWithoutApology'] = 1;
    if (f.endClass !== 'late' && f.supplementCount > 1) end.endedInTimeMultiSupplement = 1;
    deltas.push({ day: f.endDay, counts: end });
  }
  return deltas;
}

/** The change to apply to the counters when a dossier's fact goes from `before` (null: new) to `after`. */
export function counterChanges(before: DossierFact | null, after: DossierFact): CounterDelta[] {
  const byDay = new Map<number, Partial<Counters>>();
  const add = (deltas: CounterDelta[], sign: 1 | -1) => {
    for (const d of deltas) {
      const c = byDay.get(d.day) ?? {};
      for (const [k, v] of Object.entries(d.counts) as Array<[CounterName, number]>) c[k] = (c[k] ?? 0) + sign * v;
      byDay.set(d.day, c);
    }
  };
  if (before) add(countersOf(before), -1);
  add(countersOf(after), 1);
  const out: CounterDelta[] = [];
  for (const [day, counts] of byDay) {
    const nonZero = Object.fromEntries(Object.entries(counts).filter(([, v]) => v !== 0));
    if (Object.keys(nonZero).length > 0) out.push({ day, counts: nonZero });
  }
  return out.sort((a, b) => a.day - b.day);
}
