import type { LocalDate } from '../shared/local-date.js';

/** Levels of the organisation tree (Law on Local Government 72/2025/QH15; Decree 118/2025/ND-CP Art. 6). */
export const ORG_LEVELS = ['province', 'department', 'service_centre', 'district', 'commune', 'other'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

/** Kinds of organisation event; each names the legal document that decided it. */
export const ORG_EVENT_KINDS = ['create', 'rename', 'merge', 'split', 'dissolve', 'move'] as const;
export type OrgEventKind = (typeof ORG_EVENT_KINDS)[number];

/** A closed validity interval of local dates; `validTo` null = still valid. */
export type Interval = { validFrom: LocalDate; validTo: LocalDate | null };

export type NameVersion = Interval & { name: string; nameEn: string | null };
export type ParentLink = Interval & { parentId: string };

export type OrgUnit = Interval & {
  id: string;
  code: string;
  level: OrgLevel;
  kind: string | null;
  names: NameVersion[];
  parents: ParentLink[];
};

export type LegalDoc = { number: string; issuedOn: LocalDate | null; title: string | null; url: string | null };

export type OrgEvent = {
  id: string;
  kind: OrgEventKind;
  effectiveOn: LocalDate;
  legalDoc: LegalDoc | null;
  note: string | null;
  predecessorIds: string[];
  successorIds: string[];
  subjectIds: string[];
};

/** The whole organisation history, as loaded for one decision or query. */
export type OrgHistory = { units: Map<string, OrgUnit>; events: OrgEvent[] };

/** True when `date` lies inside the interval. */
export function isValidOn(interval: Interval, date: LocalDate): boolean {
  return interval.validFrom <= date && (interval.validTo === null || date <= interval.validTo);
}

/** True when two closed intervals share at least one day. */
export function overlaps(a: Interval, b: Interval): boolean {
  return (a.validTo === null || b.validFrom <= a.validTo) && (b.validTo === null || a.validFrom <= b.validTo);
}
