import { SYSTEM_ACTOR } from '../../domain/auth/actor.js';
import { escalationEvents } from '../../domain/dossiers/escalations.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { dossierRepository } from '../../store/repositories/dossier.repository.js';
import type { AppContext } from '../app-context.js';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.js';
import { loadOrgHistory } from '../org/load-org-history.js';
import { escalationsFor } from './list-reaction-alerts.js';

/** Dossiers examined per batch of the nightly run. */
const BATCH = 500;

/**
 * The nightly escalation record (requirement 11; Decree 61/2018/ND-CP Art. 19(5)): every consultation unanswered and
 * every agency step still open past its deadline gets one `escalated` event in its dossier's log, addressed to the head
 * of the One-Stop Unit that received the dossier — once: an escalation already in the log is not written again. One
 * transaction per dossier, under the dossier's row lock (a concurrent run or officer action waits, then sees the event).
 * Returns the codes of the dossiers that got events, with how many.
 */
export async function recordEscalations(ctx: AppContext): Promise<{ dossiers: string[]; escalations: number }> {
  // Loaded before any transaction: embedded PGlite has one connection (dossier-context.ts).
  const [history, calendar] = [await loadOrgHistory(ctx), await loadWorkingCalendar(ctx)];
  const now = ctx.now().getTime();
  const codes: string[] = [];
  let count = 0;
  const seen = new Set<string>();
  for (;;) {
    // Candidates stay candidates after their events are written (they are still late), so page by what is already seen.
    const limit = seen.size + BATCH;
    const { dossiers } = await dossierRepository(ctx.db.orm).findEscalationCandidates({ receivingUnitIds: null, now, limit });
    const fresh = dossiers.filter((d) => !seen.has(d.id));
    if (fresh.length === 0) break;
    for (const candidate of fresh) {
      seen.add(candidate.id);
      await ctx.db.transaction(async (tx) => {
        const repository = dossierRepository(tx);
        const dossier = await repository.getForUpdate(candidate.id);
        if (!dossier) return;
        const events = await repository.listEvents(dossier.id);
        const escalations = escalationsFor({ calendar, history, dossier, events, now });
        const appended = escalationEvents(dossier, escalations, now, SYSTEM_ACTOR.username);
        if (appended.length === 0) return;
        // Event-only append: the dossier's row (status, appointments, version) does not change and statistics read no
        // `escalated` event (domain/statistics/recount.ts), so its fact, spans and counters stay as they are —
        // refreshDossierStatistics is deliberately not called. A change of state would go through repository.save and it.
        await repository.appendEvents(dossier.id, appended);
        await auditRepository(tx).record(SYSTEM_ACTOR, 'dossier.escalated', { type: 'dossier', id: dossier.id }, null,
          { escalations: appended.map((e) => ({ kind: e.payload.kind, subjectId: e.payload.subjectId, lateUnitId: e.payload.lateUnitId, escalatedToUnitId: e.payload.escalatedToUnitId })) });
        codes.push(dossier.code);
        count += appended.length;
      });
    }
    if (dossiers.length < limit) break;
  }
  return { dossiers: codes, escalations: count };
}
