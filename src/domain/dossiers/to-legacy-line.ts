import type { DossierChannel } from '../procedures/procedure-types.js';
import { formatVietnamInstant } from '../shared/format-vietnam-instant.js';
import type { LegacyDossierLine, LegacyEventType } from './replay-legacy-dossier.js';

/** What the export knows of a stored dossier: codes (as of its receipt), its receipt and its first appointment. */
export type ExportedDossier = {
  code: string; procedureCode: string; receivingUnitCode: string; competentUnitCode: string; channel: DossierChannel;
  receivedAt: number; originalDueAt: number | null;
};
export type ExportedEvent = { type: string; at: number; reason: string | null; payload: Record<string, unknown> };

/** Stored events that the exchange format carries under the same name. */
const SAME: ReadonlySet<string> = new Set<LegacyEventType>(['assigned', 'supplement_requested', 'supplement_completed', 'payment_requested', 'paid', 'resolved', 'refused', 'stopped', 'withdrawn', 'delivered']);

/** An instant in Vietnam time (+07:00), with milliseconds only when it has some, so a round trip is exact. */
export function legacyInstant(ms: number): string {
  const text = formatVietnamInstant(ms);
  const fraction = ((ms % 1000) + 1000) % 1000;
  return fraction ? `${text.slice(0, 19)}.${String(fraction).padStart(3, '0')}+07:00` : text;
}

const numberOr = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * A stored dossier as one line of the legacy exchange format (the inverse of replayLegacyDossier): the receipt is
 * `receivedAt` with the appointment given then; an approved apology becomes `extended` with its new date (Decree
 * 61/2018/ND-CP Art. 19(9)); a supplement completed or a payment carries the appointment it set, so a re-import restores
 * it exactly; a dossier closed for an unanswered supplement is `stopped` (status 8, domain.md §1.5). Internal steps
 * (submission, forwarding, steps, returns, consultations, apology requests and rejections) and anything before the
 * receipt are not in the format and are left out. Null for a dossier that was never received or has no appointment yet
 * (the format cannot say so).
 */
export function toLegacyLine(d: ExportedDossier, events: readonly ExportedEvent[]): LegacyDossierLine | null {
  if (d.originalDueAt === null) return null;
  const out: LegacyDossierLine['events'] = [];
  let received = false;
  for (const e of events) {
    if (!received) { received = e.type === 'received'; continue; }
    const reason = e.reason ? { reason: e.reason } : {};
    if (e.type === 'extension_approved') {
      const newDueAt = numberOr(e.payload.newDueAt);
      if (newDueAt !== null) out.push({ type: 'extended', at: legacyInstant(e.at), dueAt: legacyInstant(newDueAt), ...reason });
    } else if (e.type === 'auto_closed') {
      out.push({ type: 'stopped', at: legacyInstant(e.at), ...reason });
    } else if (SAME.has(e.type)) {
      const dueAt = e.type === 'supplement_completed' || e.type === 'paid' ? numberOr(e.payload.dueAt) : null;
      out.push({ type: e.type as LegacyEventType, at: legacyInstant(e.at), ...(dueAt !== null ? { dueAt: legacyInstant(dueAt) } : {}), ...reason });
    }
  }
  return {
    code: d.code, procedureCode: d.procedureCode, receivingUnitCode: d.receivingUnitCode, competentUnitCode: d.competentUnitCode, channel: d.channel,
    receivedAt: legacyInstant(d.receivedAt), dueAt: legacyInstant(d.originalDueAt), events: out,
  };
}
