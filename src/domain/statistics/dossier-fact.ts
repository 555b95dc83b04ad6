import { epochDayOfInstant } from '../shared/local-date.js';

/** How a dossier's processing ended (Decision 766/QĐ-TTg, index 2.1: the first closing status). */
export type EndKind = 'resolved' | 'refused' | 'stopped' | 'withdrawn';
/** Timeliness of a finished dossier (Circular 01/2020/TT-VPCP, form II.06a, columns 8–10). */
export type EndClass = 'early' | 'on_time' | 'late';

/** What the statistics need to know of a dossier's current state; days are local (UTC+7) epoch days. */
export type DossierFactInput = {
  status: string;
  outcome: 'approved' | 'refused' | null;
  channel: 'in_person' | 'online' | 'postal';
  receivedAt: number | null;
  dueAt: number | null;
  extendedDueAt: number | null;
  endedAt: number | null;
  supplementCount: number;
} & Index766Flags;

/** What the Decision 766 indices of groups 3 and 4 need of a dossier (Decision 766/QĐ-TTg, F766 sub-indices 3.3–4.3). */
export type Index766Flags = {
  hasDigitisedComponent: boolean;
  hasReusedComponent: boolean;
  hasElectronicResult: boolean;
  /** The procedure returns a paper result. */
  paperResult: boolean;
  /** The procedure has a non-zero fee. */
  hasFee: boolean;
  paidOnline: boolean;
};

/** One dossier as the report counts it: the row of `stat_dossier_facts`. */
export type DossierFact = {
  /** False until received, and forever for a dossier refused at reception (Decree 61/2018/ND-CP Art. 18(3)). */
  counted: boolean;
  online: boolean;
  receivedDay: number | null;
  /** The appointment in force (moved by a supplement restart or pause, never by an apology), as a local day. */
  dueDay: number | null;
  endDay: number | null;
  endKind: EndKind | null;
  endClass: EndClass | null;
  /** An approved apology and extension exists (Decree 61/2018/ND-CP Art. 19(9)): late ones count "with apology". */
  extended: boolean;
  waitingSupplement: boolean;
  supplementCount: number;
} & Index766Flags;

const END_KIND: Record<string, EndKind> = { resolved: 'resolved', delivered: 'resolved', stopped: 'stopped', withdrawn: 'withdrawn' };

/**
 * Timeliness of a finished dossier: withdrawn after receipt counts as on time; otherwise the local end day against the
 * local day of the appointment in force — before is early, the same day on time, after late (Circular 01/2020/TT-VPCP,
 * form II.06a notes; issue 5 rules). A dossier without a running time limit (clock waiting for payment) is on time.
 */
export function classifyEnd(endKind: EndKind, endDay: number, dueDay: number | null): EndClass {
  if (endKind === 'withdrawn' || dueDay === null) return 'on_time';
  return endDay < dueDay ? 'early' : endDay === dueDay ? 'on_time' : 'late';
}

/** The statistical fact of a dossier's current state (Circular 01/2020/TT-VPCP, form II.06a; Decision 766/QĐ-TTg). */
export function factOf(d: DossierFactInput): DossierFact {
  const counted = d.receivedAt !== null && d.status !== 'refused_at_reception' && d.status !== 'submitted';
  const baseKind = d.endedAt === null ? null : END_KIND[d.status] ?? null;
  const endKind: EndKind | null = baseKind === 'resolved' && d.outcome === 'refused' ? 'refused' : baseKind;
  const endDay = counted && endKind && d.endedAt !== null ? epochDayOfInstant(d.endedAt) : null;
  const dueDay = d.dueAt === null ? null : epochDayOfInstant(d.dueAt);
  return {
    counted,
    online: d.channel === 'online',
    receivedDay: counted ? epochDayOfInstant(d.receivedAt!) : null,
    dueDay,
    endDay,
    endKind: endDay === null ? null : endKind,
    endClass: endDay === null ? null : classifyEnd(endKind!, endDay, dueDay),
    extended: d.extendedDueAt !== null,
    waitingSupplement: d.status === 'waiting_supplement',
    supplementCount: d.supplementCount,
    hasDigitisedComponent: d.hasDigitisedComponent,
    hasReusedComponent: d.hasReusedComponent,
    hasElectronicResult: d.hasElectronicResult,
    paperResult: d.paperResult,
    hasFee: d.hasFee,
    paidOnline: d.paidOnline,
  };
}
