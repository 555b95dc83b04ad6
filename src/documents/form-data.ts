/**
 * Input of the printable one-stop forms (Circular 03/2025/TT-VPCP, Annex I, forms 01–07). The dossier code builds
 * these from a dossier and its events; this folder only lays them out. Times are ISO 8601 strings with an offset
 * (`+07:00` in practice) and are printed in Vietnam time whatever the process time zone.
 */
export type FormKind = '01' | '02' | '03' | '04' | '05' | '06' | '07';
export type FormParty = { name: string; idNumber: string | null; address: string | null; phone: string | null; email: string | null };
export type FormDossier = {
  code: string;                 // e.g. 000.00.42.H28-260305-0010
  trackingUrl: string;          // encoded in the QR code, e.g. https://host/tra-cuu?code=...
  procedureCode: string; procedureName: string;
  receivingUnitName: string; competentUnitName: string; provinceName: string;  // for the heading and place line
  applicant: FormParty;
  channel: 'in_person' | 'online' | 'postal';
  receivedAt: string;           // ISO with +07:00
  dueAt: string | null;         // appointment, ISO +07:00
  components: Array<{ name: string; copies: number; status: 'submitted' | 'digitised' | 'reused' | 'exempt' | 'missing' }>;
  officerName: string;          // who received / who signs
  resultDelivery: string | null; // where/how the result is returned
};
export type Form01Data = FormDossier;
export type Form02Data = FormDossier & { missing: string[]; reason: string; requestedAt: string };
export type Form03Data = FormDossier & { reason: string; refusedAt: string };
export type Form04Data = FormDossier & { reason: string; originalDueAt: string; newDueAt: string; apologisedAt: string; approvedBy: string | null };
export type Form05Data = FormDossier & { reason: string; stoppedAt: string; byApplicant: boolean };
export type Form06Data = FormDossier & { steps: Array<{ at: string; from: string; to: string; action: string; dueAt: string | null; onTime: boolean | null; note: string | null }> };
export type Form07Data = { unitName: string; provinceName: string; from: string; to: string; rows: Array<{ no: number; code: string; procedureName: string; applicantName: string; receivedAt: string; dueAt: string | null; forwardedAt: string | null; resultAt: string | null; deliveredAt: string | null; status: string; note: string | null }> };

/** The data each form takes, by form number. */
export type FormDataByKind = {
  '01': Form01Data; '02': Form02Data; '03': Form03Data; '04': Form04Data; '05': Form05Data; '06': Form06Data; '07': Form07Data;
};
