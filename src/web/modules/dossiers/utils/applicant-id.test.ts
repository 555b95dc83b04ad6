import { describe, expect, it } from 'vitest';
import { isValidApplicantId, toApplicant } from './applicant-id';

describe(isValidApplicantId.name, () => {
  it('wants exactly 12 digits from a person and a 10 or 10-3 digit tax code from an organisation', () => {
    expect(isValidApplicantId('person', '042090001234')).toBe(true);
    expect(isValidApplicantId('person', ' 042090001234 ')).toBe(true);
    expect(isValidApplicantId('person', '04209000123')).toBe(false);
    expect(isValidApplicantId('person', '04209000123a')).toBe(false);
    expect(isValidApplicantId('organisation', '3001234567')).toBe(true);
    expect(isValidApplicantId('organisation', '3001234567-001')).toBe(true);
    expect(isValidApplicantId('organisation', '042090001234')).toBe(false);
  });
});

describe(toApplicant.name, () => {
  it('trims the fields and sends blanks as null', () => {
    expect(toApplicant({ kind: 'person', name: ' Lê Thị B ', idNumber: '042090001234', phone: ' ', email: undefined, address: 'Sơn Kim' }))
      .toEqual({ kind: 'person', name: 'Lê Thị B', idNumber: '042090001234', phone: null, email: null, address: 'Sơn Kim' });
  });
});
