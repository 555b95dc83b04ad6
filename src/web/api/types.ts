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
