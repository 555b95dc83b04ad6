/** Shared with the server's domain (types only, no runtime code): the applicant and a procedure's dossier components. */
import type { Applicant } from '../../domain/dossiers/dossier-types';
import type { DossierComponent as ProcedureComponent } from '../../domain/procedures/procedure-types';

export type { Applicant, ProcedureComponent };

/** Shapes of the cchc HTTP API as the web client reads them (see docs and /docs for the OpenAPI). */

export type RoleCode = 'system_admin' | 'par_agency' | 'leader' | 'unit_officer' | 'desk_officer' | 'citizen';

export type User = {
  id: string;
  username: string;
  displayName: string;
  unitId: string | null;
  unitCode: string | null;
  unitName: string | null;
  roles: RoleCode[];
};

export type AdminUser = User & { active: boolean; createdAt: string };

/** `description` is English only (the server sends no Vietnamese description). */
export type Role = { code: RoleCode; nameVi: string; nameEn: string; description: string };

export type OrgLevel = 'province' | 'department' | 'service_centre' | 'district' | 'commune' | 'other';

/** A calendar date, YYYY-MM-DD. */
export type LocalDate = string;

export type OrgUnit = {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  level: OrgLevel;
  /** province|city; rural_district|urban_district|town|provincial_city; commune|ward|township|special_zone; null otherwise. */
  kind: string | null;
  /** First and last day in force, both inclusive; validTo null = still in force. */
  validFrom: LocalDate;
  validTo: LocalDate | null;
  parentId: string | null;
  parentCode: string | null;
  successorCodes: string[];
};

export type UnitRef = { id: string; code: string; name: string };

export type LegalDoc = { number: string; issuedOn: LocalDate | null; title: string | null; url: string | null };

/** create | rename | merge | split | dissolve | move; `date` is the first day of the new situation. */
export type OrgEvent = {
  id: string;
  kind: string;
  date: LocalDate;
  legalDoc: LegalDoc | null;
  note: string | null;
  predecessors: UnitRef[];
  successors: UnitRef[];
  /** Units the event is about without ending or starting them (renamed, moved). */
  subjects: UnitRef[];
};

export type OrgUnitDetail = {
  unit: OrgUnit;
  names: { name: string; nameEn: string | null; validFrom: LocalDate; validTo: LocalDate | null }[];
  parents: { parentId: string; parentCode: string; parentName: string; validFrom: LocalDate; validTo: LocalDate | null }[];
  events: OrgEvent[];
  children: { id: string; code: string; name: string; level: OrgLevel; validFrom: LocalDate; validTo: LocalDate | null }[];
};

export type ApiToken = {
  id: string;
  name: string;
  /** The first characters of the secret, to recognise a token. */
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
};

export type AuditEntry = {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

export type Health = { status: 'ok'; database: 'pglite' | 'postgresql'; migration: number };

/** The kind of a day in the working calendar; the last four come from an announced schedule or the Labour Code. */
export type DayKind =
  | 'working_day' | 'weekly_rest' | 'holiday' | 'compensatory_day_off' | 'swapped_day_off' | 'makeup_working_day';

/** The kinds an announced schedule may list (working_day and weekly_rest follow from the week). */
export type ScheduleEntryKind = Exclude<DayKind, 'working_day' | 'weekly_rest'>;

/** The document that decided a day: number and title, date of issue (null when not verified), where to read it. */
export type ScheduleSource = { document: string; issuedOn: LocalDate | null; url: string };

export type CalendarDay = {
  date: LocalDate;
  working: boolean;
  kind: DayKind;
  reason?: string;
  reasonEn?: string;
  source?: ScheduleSource;
  /** Lunar day/month, e.g. "26/3"; `lunarLeap` when the month is a leap (nhuận) month. */
  lunar: string;
  lunarLeap: boolean;
};

export type ScheduleEntry = { date: LocalDate; kind: ScheduleEntryKind; reason: string; reasonEn: string; source: ScheduleSource };

export type Schedule = {
  year: number;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
  source: ScheduleSource;
  entries: ScheduleEntry[];
};

export type ScheduleRevision = {
  id: string;
  year: number;
  version: number;
  action: 'seeded' | 'created' | 'updated' | 'deleted';
  note: string | null;
  changedAt: string;
  changedByName: string | null;
  /** The schedule as saved by this revision; null for a deletion. */
  snapshot: { year: number; source: ScheduleSource; entries: ScheduleEntry[] } | null;
};

/** Office hours, "HH:MM" in province time. */
export type WorkingHours = {
  morningStart: string; morningEnd: string; afternoonStart: string; afternoonEnd: string;
  sameDayCutoff: string; receiptCutoff: string;
};

export type DueDate = {
  dueDate: LocalDate;
  /** e.g. 2024-02-16T17:00:00+07:00 */
  dueAt: string;
  session: 'morning' | 'afternoon';
  /** The day the dossier counts as received (a later day when it came after hours or on a day off). */
  effectiveReceiptDate: LocalDate | null;
};

/** How a dossier reached the agency (national portal `KenhThucHien`: 1 in person, 2 online, 3 postal). */
export type DossierChannel = 'in_person' | 'online' | 'postal';

/** The ten national-portal statuses (domain.md §1.5), by name; `statusCode` is their number 1–10. */
export type DossierStatus =
  | 'submitted' | 'received' | 'refused_at_reception' | 'processing' | 'waiting_supplement'
  | 'waiting_payment' | 'withdrawn' | 'stopped' | 'resolved' | 'delivered';

/** What the server lets an officer do to a dossier (POST /dossiers/{id}/actions `type`). */
export type DossierActionType =
  | 'received' | 'refused_at_reception' | 'forwarded' | 'assigned' | 'step_completed' | 'returned'
  | 'consultation_requested' | 'consultation_answered' | 'supplement_requested' | 'supplement_completed'
  | 'payment_requested' | 'paid' | 'extension_requested' | 'extension_approved' | 'extension_rejected'
  | 'resolved' | 'refused' | 'delivered' | 'withdrawn' | 'stopped' | 'task_completed';

/** How a component of the dossier was provided at intake. */
export type ComponentStatus = 'submitted' | 'digitised' | 'reused' | 'exempt' | 'missing';

export type QueueTab = 'open' | 'due_soon' | 'overdue' | 'waiting_supplement' | 'to_deliver' | 'pending_apology' | 'all';
/** A tab of the queue page: a server queue tab, or the reaction alerts. */
export type QueueView = QueueTab | 'alerts';

/** A row of an officer's queue; instants are ISO 8601 with +07:00. */
export type DossierSummary = {
  id: string;
  code: string;
  procedureCode: string;
  channel: DossierChannel;
  status: DossierStatus;
  statusCode: number;
  applicantName: string;
  receivingUnitId: string;
  competentUnitId: string;
  receivedAt: string | null;
  /** The appointment in force (recomputed when a supplement restarts the clock). */
  dueAt: string | null;
  /** The new appointment of an approved apology (Form 04); dueAt stays as it was. */
  extendedDueAt: string | null;
  endedAt: string | null;
  overdue: boolean;
  pendingApology: boolean;
  assigneeId: string | null;
  version: number;
};


/** One event of the dossier's log; `payload` instants are epoch milliseconds. */
export type DossierEvent = {
  seq: number;
  type: string;
  at: string;
  actorName: string;
  unitId: string | null;
  statusBefore: DossierStatus | null;
  statusAfter: DossierStatus;
  reason: string | null;
  payload: Record<string, unknown>;
};

export type Consultation = { id: string; unitId: string; question: string; dueAt: string; answeredAt: string | null; answer: string | null };

export type RatingLevel = 'satisfied' | 'neutral' | 'dissatisfied';

/** Decree 61/2018 Art. 31 criteria of the applicant's rating. */
export type RatingCriterion = 'time' | 'visits' | 'information' | 'attitude' | 'lawfulness' | 'online';

export type DossierDetails = DossierSummary & {
  applicant: Applicant;
  receptionUnitId: string;
  outsideBoundary: boolean;
  submittedAt: string;
  originalDueAt: string | null;
  pendingExtension: { reason: string; newDueAt: string; requestedAt: string; requestedBy: string } | null;
  supplementCount: number;
  outcome: 'approved' | 'refused' | null;
  deliveredAt: string | null;
  resultNote: string | null;
  step: { index: number; code: string; name: string; role: string } | null;
  procedure: { id: string; code: string; name: string; version: number; timeLimit: TimeLimit; steps: { code: string; name: string; role: string }[] };
  components: { code: string; name: string; required: boolean; status: ComponentStatus }[];
  consultations: Consultation[];
  /** The agencies' tasks of an inter-agency procedure, in order ([] otherwise). */
  tasks: AgencyTask[];
  events: DossierEvent[];
  allowedActions: DossierActionType[];
  rating: { overall: RatingLevel; criteria: Partial<Record<RatingCriterion, RatingLevel>>; comment: string | null; ratedAt: string } | null;
  /** Working minutes used per step against its share of the time limit. */
  stepTimings: StepTiming[];
  /** Reaction-time SLAs of the dossier (checking, supplement slip, forwarding, appraisal return). */
  reactionAlerts: ReactionAlert[];
};

export type AgencyTaskStatus = 'pending' | 'open' | 'done_on_time' | 'done_late' | 'cancelled';

/** One agency's task on an inter-agency dossier: its own appointment and on-time result; `mayComplete` for the signed-in officer. */
export type AgencyTask = {
  id: string; seq: number; unitId: string; name: string; workingDays: number; mode: 'sequential' | 'parallel'; status: AgencyTaskStatus;
  openedAt: string | null; dueAt: string | null; completedAt: string | null; completedByName: string | null; note: string | null;
  onTime: boolean | null; overdue: boolean; mayComplete: boolean;
};

export type StepTiming = { code: string; name: string; role: string; allottedMinutes: number | null; usedMinutes: number; startedAt: string | null; endedAt: string | null; onTime: boolean | null };

/** What a citizen sees by code + last 4 digits: plain words, no personal data. */
export type PublicDossier = {
  code: string;
  procedureName: string;
  status: DossierStatus;
  statusCode: number;
  statusText: string;
  statusTextEn: string;
  receivedAt: string | null;
  /** The appointment in force (the re-dated one after an apology). */
  expectedAt: string | null;
  earlyResult: boolean;
  canRate: boolean;
  timeline: { at: string; text: string; textEn: string; reason: string | null }[];
};

export type TimeLimitUnit = 'working_days' | 'working_hours' | 'calendar_days' | 'same_day';
export type TimeLimit = { value: number; unit: TimeLimitUnit | string };

/** A procedure of the catalogue as the list returns it; units by code (`*commune*` = every commune). */
export type ProcedureListItem = {
  id: string;
  code: string;
  name: string;
  level: string;
  fieldCode: string;
  fieldName: string;
  competentUnitCodes: string[];
  receivingUnitCodes: string[];
  timeLimit: TimeLimit;
  onlineLevel: 'full' | 'partial' | 'none' | string;
  channels: DossierChannel[];
  validFrom: LocalDate;
  validTo: LocalDate | null;
  version: number;
};


export type ProcedureVersionView = ProcedureListItem & {
  components: ProcedureComponent[];
  fees: { name: string; amountVnd: number; when: string; note?: string | null }[];
  resultName: string;
  steps: { code: string; name: string; role: string; sharePercent: number }[];
};

export type ProcedureDetails = { code: string; asOf: LocalDate; inForce: ProcedureVersionView | null; versions: ProcedureVersionView[] };

export type ReactionSlaId = 'online_check' | 'paper_supplement_slip' | 'appraisal_return' | 'counter_forwarding';

/** One reaction SLA applied to one period of a dossier; instants ISO 8601 with +07:00, durations in working minutes. */
export type ReactionAlert = {
  sla: ReactionSlaId;
  /** 'duty': must happen by dueAt; 'window': may happen only until dueAt. */
  kind: 'duty' | 'window';
  unitId: string;
  startedAt: string;
  dueAt: string;
  state: 'met' | 'breached' | 'pending';
  closedBy: string | null;
  closedAt: string | null;
  open: boolean;
  dueSoon: boolean;
  lateWorkingMinutes: number;
  lateMinutes: number;
  remainingWorkingMinutes: number;
  limit: { unit: 'working_hours' | 'working_days'; value: number } | { unit: 'cutoff'; value: string };
  legalBasis: { vi: string; en: string };
};

export type EscalationKind = 'consultation_overdue' | 'agency_task_overdue';

/** Who is late and to whom it was escalated (the head of the One-Stop Unit that received the dossier). */
export type EscalationDetails = {
  subjectId: string; subjectName: string; lateUnitId: string; lateUnitName: string; reportedByUnitId: string;
  escalatedToUnitId: string; escalatedToUnitName: string; recordedAt: string | null;
};

/**
 * A row of the alerts list: a reaction-time alert, or an escalation (`kind` 'escalation', `sla` one of EscalationKind,
 * always overdue; `limit` the step's working days or the answer deadline) — and its dossier.
 */
export type DossierAlertRow = (Omit<ReactionAlert, 'sla' | 'kind' | 'limit'> & {
  sla: ReactionSlaId | EscalationKind;
  kind: ReactionAlert['kind'] | 'escalation';
  limit: ReactionAlert['limit'] | { unit: 'deadline'; value: string };
  escalation: EscalationDetails | null;
}) & {
  dossierId: string; code: string; procedureCode: string; procedureName: string; applicantName: string;
  channel: DossierChannel; status: DossierStatus; statusCode: number; receivingUnitId: string; competentUnitId: string;
};
