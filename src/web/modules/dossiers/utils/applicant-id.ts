import type { Applicant } from '../../../api/types';

/** A person's citizen ID: exactly 12 digits (Decree 137/2015/ND-CP Art. 7); the server also checks the province prefix. */
export const CITIZEN_ID = /^\d{12}$/;

/** An organisation's tax/enterprise code: 10 digits, or 10-3 for a branch (Circular 105/2020/TT-BTC Art. 5). */
export const TAX_CODE = /^\d{10}(-\d{3})?$/;

/** The phone pattern the server accepts. */
export const PHONE = /^\+?[0-9 .-]{8,15}$/;

/** True when `value` is a well-formed identifier for this kind of applicant. */
export function isValidApplicantId(kind: Applicant['kind'], value: string | undefined): boolean {
  const id = (value ?? '').trim();
  return kind === 'person' ? CITIZEN_ID.test(id) : TAX_CODE.test(id);
}

/** Applicant fields as a form holds them (empty strings for what was left blank). */
export type ApplicantValues = { kind: Applicant['kind']; name: string; idNumber: string; phone?: string; email?: string; address?: string };

/** The request's applicant: trimmed, blanks as null. */
export function toApplicant(values: ApplicantValues): Applicant {
  const blank = (text: string | undefined) => (text?.trim() ? text.trim() : null);
  return {
    kind: values.kind, name: values.name.trim(), idNumber: values.idNumber.trim(),
    phone: blank(values.phone), email: blank(values.email), address: blank(values.address),
  };
}
