import type { Dossier, DossierEvent } from '../../domain/dossiers/dossier-types.js';
import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import { factOf } from '../../domain/statistics/dossier-fact.js';
import { countersOf } from '../../domain/statistics/fact-counters.js';
import { spansOfTimeline, timelineFromEvents } from '../../domain/statistics/recount.js';
import type { Executor } from '../../store/db.js';
import { statisticsRepository, type CounterRow, type StoredFact, type StoredSpans } from '../../store/repositories/statistics.repository.js';

/**
 * The statistics of a batch of imported dossiers, written in the import's transaction: facts, open spans from each
 * dossier's history, counters, and the snapshots of the days they touch cleared (issue 5: rollups kept exact).
 */
export async function recordImportedStatistics(tx: Executor, dossiers: Array<Dossier & { events: DossierEvent[] }>, versionOf: (id: string) => ProcedureVersion | undefined): Promise<void> {
  const facts: StoredFact[] = [];
  const spans: StoredSpans[] = [];
  const counters: CounterRow[] = [];
  let firstDay = Infinity;
  for (const d of dossiers) {
    const v = versionOf(d.procedureVersionId);
    if (!v) continue;
    const fact = factOf({ status: d.status, outcome: d.outcome, channel: d.channel, receivedAt: d.receivedAt, dueAt: d.dueAt, extendedDueAt: d.extendedDueAt,
      endedAt: d.endedAt, supplementCount: d.supplementCount, hasDigitisedComponent: false, hasReusedComponent: false, hasElectronicResult: false,
      paperResult: v.resultType === 'paper', hasFee: v.fees.some((f) => f.amountVnd > 0), paidOnline: false });
    const keys = { dossierId: d.id, unitId: d.competentUnitId, fieldCode: v.fieldCode };
    facts.push({ ...keys, procedureCode: d.procedureCode, fact });
    const own = spansOfTimeline(timelineFromEvents(d.channel, d.events.map((e) => ({ type: e.type, at: e.at, statusAfter: e.statusAfter, payload: e.payload }))));
    if (own.length > 0) { spans.push({ ...keys, spans: own }); firstDay = Math.min(firstDay, own[0].fromDay); }
    for (const c of countersOf(fact)) counters.push({ unitId: d.competentUnitId, fieldCode: v.fieldCode, ...c });
  }
  await statisticsRepository(tx).write({ facts, spans, counters, fresh: true, clearSnapshotsFrom: firstDay === Infinity ? null : firstDay });
}
