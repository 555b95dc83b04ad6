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
