import type { LocalDate } from '../shared/local-date.js';

/** Submission channels with their national-portal codes (KenhThucHien: 1 in person, 2 online, 3 postal; Decree 118/2025/ND-CP Art. 15). */
export const CHANNEL_CODES = { in_person: 1, online: 2, postal: 3 } as const;
export type DossierChannel = keyof typeof CHANNEL_CODES;

/** Level of the authority that decides the procedure (two-tier local government from 2025-07-01, Law 72/2025/QH15). */
export type ProcedureLevel = 'central' | 'province' | 'district' | 'commune';

/** How the legal time limit is counted (Civil Code 2015 Arts. 146–148; Decree 61/2018/ND-CP Art. 19). */
export type TimeLimitUnit = 'working_days' | 'working_hours' | 'calendar_days' | 'same_day';
export type TimeLimit = { value: number; unit: TimeLimitUnit };

/** A document the applicant submits (Decree 63/2010/ND-CP Art. 8(2)(d)). */
export type DossierComponent = {
  code: string;
  name: string;
  required: boolean;
  copies: number;
  /** A national database that can replace the paper (e.g. 'population', 'business', 'land'); null when it cannot. */
  replaceableBy: string | null;
  note?: string | null;
  /** The form (mẫu đơn, tờ khai) to fill in, when the law prescribes one (Decree 63/2010/ND-CP Art. 8(2)(i)). */
  form?: string | null;
};

export type Fee = { name: string; amountVnd: number; when: 'before' | 'after'; note?: string | null };

/** One step of the internal process, with the role that performs it and its share of the time limit. */
export type ProcedureStep = { code: string; name: string; role: 'desk_officer' | 'unit_officer' | 'leader'; sharePercent: number };

/**
 * One agency's part of an inter-agency procedure (một cửa liên thông): the unit that does it, what it does and its own
 * time limit in working days (Decree 61/2018/ND-CP Art. 19(6); Circular 01/2018/TT-VPCP Art. 13 indicator 2).
 */
export type AgencyStep = { unitId: string; name: string; workingDays: number };

export type LegalReference = { number: string; title: string; issuedOn: LocalDate | null };

/**
 * One effective-dated version of an administrative procedure (Decree 63/2010/ND-CP Art. 8; domain.md requirement 1).
 * A dossier keeps the version in force on its receipt date.
 */
export type ProcedureVersion = {
  id: string;
  procedureId: string;
  /** National code in the National TTHC Database, e.g. '2.000635'. */
  code: string;
  version: number;
  validFrom: LocalDate;
  validTo: LocalDate | null;
  name: string;
  level: ProcedureLevel;
  fieldCode: string;
  fieldName: string;
  /** Organisation units (ids) competent to decide, and units that may receive (one-stop desks). */
  competentUnitIds: string[];
  receivingUnitIds: string[];
  channels: DossierChannel[];
  /** Online service level (Decree 42/2022/ND-CP Art. 11): full online, partial, or none, with the published reason. */
  onlineLevel: 'full' | 'partial' | 'none';
  onlineReason: string | null;
  timeLimit: TimeLimit;
  components: DossierComponent[];
  fees: Fee[];
  resultType: 'paper' | 'electronic' | 'both';
  resultName: string;
  legalBasis: LegalReference[];
  announcingDecision: { number: string; issuedOn: LocalDate; publishedOn: LocalDate | null } | null;
  steps: ProcedureStep[];
  /** Inter-agency handling: none, sequential (paper) or parallel (electronic) (Decree 61/2018/ND-CP Art. 19(6)). */
  interAgency: 'none' | 'sequential' | 'parallel';
  /** The agencies of the inter-agency steps, in order (sequential) or all at once (parallel); absent or [] when none. */
  agencySteps?: AgencyStep[];
  /** After a supplement, the time limit restarts from zero (Decree 61/2018 Art. 19(4)) or only pauses (configurable). */
  supplementClock: 'restart' | 'pause';
  /** The clock starts only after the fees are paid (domain.md requirement 12). */
  clockStartsAfterPayment: boolean;
  /** Procedures that may be submitted at any one-stop desk of the province ("không phụ thuộc địa giới hành chính"). */
  outsideBoundaryAllowed: boolean;
  /** Who may apply (đối tượng thực hiện; Decree 63/2010/ND-CP Art. 8(2)(e)). Optional: absent = not stated. */
  subjects?: string[];
  /** Requirements and conditions (yêu cầu, điều kiện; Art. 8(2)(i)); [] = none, absent = not stated. */
  conditions?: string[];
};
