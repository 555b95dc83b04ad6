import { instantToLocal } from '../shared/local-date.js';

/**
 * The dossier code `<agency identifier>-YYMMDD-XXXX`: the receiving agency's identifier, the local receipt date and a
 * 4-digit sequence within that agency's day (Circular 01/2018/TT-VPCP Art. 19; Decree 61/2018/ND-CP Art. 26).
 */
export function formatDossierCode(agencyCode: string, receivedAt: number, sequence: number): string {
  const date = instantToLocal(receivedAt).date;
  return `${agencyCode}-${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}-${String(sequence).padStart(4, '0')}`;
}

/** The parts of a dossier code, or null when it is not one. */
export function parseDossierCode(code: string): { agencyCode: string; yymmdd: string; sequence: number } | null {
  const match = /^(.+)-(\d{6})-(\d{4,})$/.exec(code.trim());
  return match ? { agencyCode: match[1], yymmdd: match[2], sequence: Number(match[3]) } : null;
}
