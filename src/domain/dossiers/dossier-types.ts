import type { DossierChannel } from '../procedures/procedure-types.js';

/** National-portal status codes 1–10 (domain.md §1.5), by name. */
export const STATUS_CODES = {
  submitted: 1, received: 2, refused_at_reception: 3, processing: 4, waiting_supplement: 5,
  waiting_payment: 6, withdrawn: 7, stopped: 8, resolved: 9, delivered: 10,
} as const;
export type DossierStatus = keyof typeof STATUS_CODES;

/** Outcome of processing: the result (approved) or a reasoned refusal after appraisal (Decree 61/2018/ND-CP Art. 19(8)). */
export type DossierOutcome = 'approved' | 'refused';

export type Applicant = {
  kind: 'person' | 'organisation';
  name: string;
  /** 12-digit citizen ID for a person; tax/enterprise code for an organisation. */
  idNumber: string;
  phone: string | null;
  email: string | null;
  address: string | null;
};

/** An apology and extension waiting for a leader's approval (Decree 61/2018/ND-CP Art. 19(9); Circular 03/2025 Form 04). */
export type PendingExtension = { reason: string; newDueAt: number; requestedAt: number; requestedBy: string };

export type Consultation = { id: string; unitId: string; question: string; dueAt: number; askedAt: number; answeredAt: number | null; answer: string | null };

/** pending: waits for the step before it (sequential); open: the agency works on it; done on time or late; cancelled: the dossier ended first. */
export type AgencyTaskStatus = 'pending' | 'open' | 'done_on_time' | 'done_late' | 'cancelled';

/**
 * One agency's task on an inter-agency dossier (Decree 61/2018/ND-CP Art. 19(6)): its own appointment from the working-day
 * calendar when it opens, and its own on-time result when it is done (Circular 01/2018/TT-VPCP Art. 13, indicator 2).
 */
export type AgencyTask = {
  id: string;
  /** Position in the procedure's agency steps, from 0. */
  seq: number;
  unitId: string;
  name: string;
  workingDays: number;
  mode: 'sequential' | 'parallel';
  status: AgencyTaskStatus;
  openedAt: number | null;
  dueAt: number | null;
  completedAt: number | null;
  completedById: string | null;
  completedByName: string | null;
  note: string | null;
  onTime: boolean | null;
};

/** A dossier's state; every change comes with an event (dossier-event.ts). Instants are epoch milliseconds. */
export type Dossier = {
  id: string;
  code: string;
  procedureVersionId: string;
  procedureCode: string;
  channel: DossierChannel;
  /** Reception point, receiving agency and competent agency are three attributes (domain.md §8). */
  receptionUnitId: string;
  receivingUnitId: string;
  competentUnitId: string;
  outsideBoundary: boolean;
  applicant: Applicant;
  status: DossierStatus;
  /** Index of the current step of the procedure's process, null before receipt and after the end. */
  stepIndex: number | null;
  assigneeId: string | null;
  submittedAt: number;
  receivedAt: number | null;
  /** The appointment in force: set at receipt, recomputed when a supplement restarts (or resumes) the clock. */
  dueAt: number | null;
  /** The first appointment given at receipt. */
  originalDueAt: number | null;
  /** The new appointment of an approved apology; it never moves dueAt (reports count such dossiers as late with apology). */
  extendedDueAt: number | null;
  pendingExtension: PendingExtension | null;
  supplementCount: number;
  /** When the current supplement or payment wait began (the clock is suspended meanwhile), and the status to resume. */
  waitingSince: number | null;
  resumeStatus: DossierStatus | null;
  consultations: Consultation[];
  /** The agency tasks of an inter-agency procedure, in order; [] otherwise. */
  tasks: AgencyTask[];
  outcome: DossierOutcome | null;
  /** End of processing: resolved, refused after appraisal, stopped or withdrawn (Decision 766/QĐ-TTg, index 2.1). */
  endedAt: number | null;
  deliveredAt: number | null;
  resultNote: string | null;
  version: number;
};

/** One append-only event of the dossier's log: the control slip and the register are views of these. */
export type DossierEvent = {
  type: string;
  at: number;
  actorId: string | null;
  actorName: string;
  unitId: string | null;
  statusBefore: DossierStatus | null;
  statusAfter: DossierStatus;
  reason: string | null;
  payload: Record<string, unknown>;
};
