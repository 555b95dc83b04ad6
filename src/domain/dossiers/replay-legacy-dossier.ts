import { invalidInput } from '../errors.js';
import type { DossierChannel, ProcedureVersion } from '../procedures/procedure-types.js';
import { appointmentAfterPause, appointmentFor, type DossierClock } from './dossier-clock.js';
import type { Dossier, DossierEvent, DossierStatus } from './dossier-types.js';

/** The event types of the legacy exchange format (issue 4 §8; fixed, other tools depend on it). */
export const LEGACY_EVENT_TYPES = ['assigned', 'supplement_requested', 'supplement_completed', 'payment_requested', 'paid', 'extended', 'resolved', 'refused', 'stopped', 'withdrawn', 'delivered'] as const;
export type LegacyEventType = (typeof LEGACY_EVENT_TYPES)[number];

/** One line of the NDJSON exchange format. Times are ISO 8601 with offset. */
export type LegacyDossierLine = {
  code: string; procedureCode: string; receivingUnitCode: string; competentUnitCode: string; channel: DossierChannel;
  receivedAt: string; dueAt: string; events: Array<{ type: LegacyEventType; at: string; dueAt?: string; reason?: string }>;
};

const OPEN: DossierStatus[] = ['processing', 'waiting_supplement', 'waiting_payment'];
const FROM: Record<LegacyEventType, DossierStatus[]> = {
  assigned: ['processing'], supplement_requested: ['processing'], supplement_completed: ['waiting_supplement'], payment_requested: ['processing'],
  paid: ['waiting_payment'], extended: OPEN, resolved: ['processing'], refused: ['processing'], stopped: OPEN, withdrawn: OPEN, delivered: ['resolved'],
};
const TO: Record<LegacyEventType, DossierStatus | 'same'> = {
  assigned: 'same', supplement_requested: 'waiting_supplement', supplement_completed: 'processing', payment_requested: 'waiting_payment', paid: 'processing',
  extended: 'same', resolved: 'resolved', refused: 'resolved', stopped: 'stopped', withdrawn: 'withdrawn', delivered: 'delivered',
};

const instant = (value: unknown, field: string): number => {
  const ms = typeof value === 'string' && /(Z|[+-]\d\d:\d\d)$/.test(value) ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms)) throw invalidInput(field, `${field} must be an ISO 8601 date-time with offset.`, `${field} phải là thời điểm ISO 8601 có múi giờ.`);
  return ms;
};

export type ReplayInput = { line: LegacyDossierLine; id: string; procedure: ProcedureVersion; receivingUnitId: string; competentUnitId: string; clock: DossierClock };

/**
 * Rebuilds a dossier from a legacy system's history as it happened: the appointment given then, each event in order
 * through the same status rules (supplement restart/pause, apology once, end of processing), refusing lines whose
 * events are out of order or impossible (Decree 61/2018/ND-CP Arts. 17–20; the end-of-processing rule of Decision 766).
 */
export function replayLegacyDossier(x: ReplayInput): { dossier: Dossier; events: DossierEvent[] } {
  const { line, procedure, clock } = x;
  const receivedAt = instant(line.receivedAt, 'receivedAt');
  const dueAt = instant(line.dueAt, 'dueAt');
  if (dueAt < receivedAt) throw invalidInput('dueAt', 'dueAt is before receivedAt.', 'Ngày hẹn trả trước ngày tiếp nhận.');
  const d: Dossier = {
    id: x.id, code: line.code, procedureVersionId: procedure.id, procedureCode: procedure.code, channel: line.channel,
    receptionUnitId: x.receivingUnitId, receivingUnitId: x.receivingUnitId, competentUnitId: x.competentUnitId, outsideBoundary: false,
    applicant: { kind: 'person', name: '(dữ liệu chuyển đổi)', idNumber: '', phone: null, email: null, address: null },
    status: 'processing', stepIndex: null, assigneeId: null, submittedAt: receivedAt, receivedAt, dueAt, originalDueAt: dueAt, extendedDueAt: null,
    pendingExtension: null, supplementCount: 0, waitingSince: null, resumeStatus: null, consultations: [], tasks: [], outcome: null, endedAt: null, deliveredAt: null, resultNote: null, version: 1,
  };
  // Plain object literals (no spread with overridden keys): this loop runs a million times per province-year import.
  const events: DossierEvent[] = [{ type: 'received', at: receivedAt, actorId: null, actorName: 'import', unitId: x.receivingUnitId, statusBefore: null, statusAfter: 'processing', reason: null, payload: { dueAt, imported: true } }];
  let last = receivedAt;
  line.events.forEach((e, i) => {
    const field = `events[${i}]`;
    if (!(LEGACY_EVENT_TYPES as readonly string[]).includes(e.type)) throw invalidInput(`${field}.type`, `Unknown event type ${e.type}.`, `Loại sự kiện ${e.type} không hợp lệ.`);
    const at = instant(e.at, `${field}.at`);
    if (at < last) throw invalidInput(`${field}.at`, 'Events must be in time order, after receipt.', 'Các sự kiện phải theo thứ tự thời gian, sau khi tiếp nhận.');
    if (!FROM[e.type].includes(d.status)) throw invalidInput(`${field}.type`, `${e.type} cannot follow status ${d.status}.`, `Sự kiện ${e.type} không thể xảy ra khi hồ sơ ở trạng thái ${d.status}.`);
    const before = d.status;
    const payload: Record<string, unknown> = {};
    switch (e.type) {
      case 'supplement_requested': d.supplementCount += 1; d.waitingSince = at; break;
      case 'payment_requested': d.waitingSince = at; break;
      case 'supplement_completed':
      case 'paid':
        d.dueAt = e.dueAt ? instant(e.dueAt, `${field}.dueAt`)
          : e.type === 'supplement_completed' && procedure.supplementClock === 'restart' ? appointmentFor(procedure.timeLimit, at, clock)
            : appointmentAfterPause(d.dueAt!, d.waitingSince ?? at, at, clock);
        d.waitingSince = null; payload.dueAt = d.dueAt; break;
      case 'extended':
        if (d.extendedDueAt !== null) throw invalidInput(`${field}.type`, 'The appointment may be re-dated only once.', 'Chỉ được hẹn lại ngày trả kết quả một lần.');
        if (!e.dueAt) throw invalidInput(`${field}.dueAt`, 'An extension needs its new dueAt.', 'Gia hạn cần ngày hẹn mới (dueAt).');
        d.extendedDueAt = instant(e.dueAt, `${field}.dueAt`); payload.newDueAt = d.extendedDueAt; payload.originalDueAt = d.dueAt; break;
      case 'resolved': case 'refused': d.outcome = e.type === 'resolved' ? 'approved' : 'refused'; d.endedAt = at; break;
      case 'stopped': case 'withdrawn': d.endedAt = at; d.waitingSince = null; break;
      case 'delivered': d.deliveredAt = at; break;
    }
    if (TO[e.type] !== 'same') d.status = TO[e.type] as DossierStatus;
    const type = e.type === 'extended' ? 'extension_approved' : e.type;
    events.push({ type, at, actorId: null, actorName: 'import', unitId: x.competentUnitId, statusBefore: before, statusAfter: d.status, reason: e.reason ?? null, payload });
    last = at;
  });
  d.version = events.length;
  return { dossier: d, events };
}
