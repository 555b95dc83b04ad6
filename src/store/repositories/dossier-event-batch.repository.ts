import type { DossierEvent } from '../../domain/dossiers/dossier-types.js';
import { rows, sql, toIso, type Executor } from '../db.js';

/** The event logs of many dossiers in one query (alert lists, reports), each in order. */
export const dossierEventBatchRepository = (ex: Executor) => ({
  async listEventsOf(dossierIds: readonly string[]): Promise<Map<string, DossierEvent[]>> {
    const byDossier = new Map<string, DossierEvent[]>(dossierIds.map((id) => [id, []]));
    if (!dossierIds.length) return byDossier;
    const list = await rows<Record<string, unknown>>(ex, sql`select dossier_id, type, at, actor_id, actor_name, unit_id, status_before, status_after, reason, payload
      from dossier_events where dossier_id = any(${`{${dossierIds.join(',')}}`}::uuid[]) order by dossier_id, seq`);
    for (const r of list) {
      byDossier.get(r.dossier_id as string)?.push({
        type: r.type as string, at: Date.parse(toIso(r.at as string)!), actorId: r.actor_id as string | null, actorName: r.actor_name as string, unitId: r.unit_id as string | null,
        statusBefore: r.status_before as DossierEvent['statusBefore'], statusAfter: r.status_after as DossierEvent['statusAfter'], reason: r.reason as string | null, payload: r.payload as Record<string, unknown>,
      });
    }
    return byDossier;
  },
});
