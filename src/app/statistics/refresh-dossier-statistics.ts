import { factOf, type DossierFact } from '../../domain/statistics/dossier-fact.js';
import { counterChanges, countersOf, type CounterDelta } from '../../domain/statistics/fact-counters.js';
import { reprojectSpans, type OpenSpan } from '../../domain/statistics/open-spans.js';
import { epochDayOfInstant } from '../../domain/shared/local-date.js';
import type { Executor } from '../../store/db.js';
import { statisticsRepository, type CounterRow } from '../../store/repositories/statistics.repository.js';

const negate = (deltas: CounterDelta[]): CounterDelta[] => deltas.map((d) => ({ day: d.day, counts: Object.fromEntries(Object.entries(d.counts).map(([k, v]) => [k, -v!])) }));

/**
 * Keeps a dossier's statistics exact inside the transaction that changed it: its fact, its open spans (re-projected
 * from the local day of the change `at`) and the counter rollups (the difference between its old and new fact) — one
 * read and at most one write. Every use case that writes a dossier calls this before committing (issue 5: rollups in
 * the same transaction).
 */
export async function refreshDossierStatistics(tx: Executor, dossierId: string, at: number): Promise<void> {
  const repository = statisticsRepository(tx);
  const loaded = await repository.loadForRefresh(dossierId);
  if (!loaded) return;
  const { source, stored } = loaded;
  const fact = factOf(source.input);
  const moved = stored !== null && (stored.unitId !== source.unitId || stored.fieldCode !== source.fieldCode);
  const spans: OpenSpan[] = reprojectSpans(stored?.spans ?? [], fact, epochDayOfInstant(at));
  if (stored && !moved && sameFact(stored.fact, fact) && sameSpans(stored.spans, spans)) return;
  const counters: CounterRow[] = [];
  if (moved) {
    for (const d of negate(countersOf(stored.fact))) counters.push({ unitId: stored.unitId, fieldCode: stored.fieldCode, ...d });
    for (const d of countersOf(fact)) counters.push({ unitId: source.unitId, fieldCode: source.fieldCode, ...d });
  } else {
    for (const d of counterChanges(stored?.fact ?? null, fact)) counters.push({ unitId: source.unitId, fieldCode: source.fieldCode, ...d });
  }
  const keys = { dossierId, unitId: source.unitId, fieldCode: source.fieldCode };
  await repository.write({
    facts: [{ ...keys, procedureCode: source.procedureCode, fact }], spans: [{ ...keys, spans }], counters,
    // A dossier now counted under another unit or field: the snapshots of the days it was open there are stale.
    clearSnapshotsFrom: moved && stored.spans.length > 0 ? stored.spans[0].fromDay : null,
  });
}

const sameFact = (a: DossierFact, b: DossierFact) => (Object.keys(b) as Array<keyof DossierFact>).every((k) => a[k] === b[k]);
const sameSpans = (a: OpenSpan[], b: OpenSpan[]) => a.length === b.length && a.every((s, i) => s.fromDay === b[i].fromDay && s.toDay === b[i].toDay && s.state === b[i].state);
