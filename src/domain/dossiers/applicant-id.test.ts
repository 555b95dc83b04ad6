import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../../test-support/domain-error.js';
import { checkCitizenId, checkTaxCode } from './applicant-id.js';

describe(checkCitizenId.name, () => {
  it('accepts 12 digits opening with a province code, trimmed', () => {
    expect(checkCitizenId('042090001234')).toBe('042090001234'); // Hà Tĩnh
    expect(checkCitizenId('001190012345')).toBe('001190012345'); // Hà Nội
    expect(checkCitizenId('096301000001')).toBe('096301000001'); // Cà Mau
    expect(checkCitizenId(' 079200000001\t')).toBe('079200000001');
  });

  it.each(['', '12345', '04209000123', '0420900012345', '04209000123a', '042 09000123', '042-090001234'])('refuses %j: not exactly 12 digits', (value) => {
    expect(domainErrorOf(() => checkCitizenId(value))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'applicant.idNumber' } });
  });

  it.each(['000090001234', '003090001234', '097090001234', '999090001234'])('refuses %s: it does not open with a province code', (value) => {
    const error = domainErrorOf(() => checkCitizenId(value));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'applicant.idNumber' } });
    expect(error.message).toContain(value.slice(0, 3));
  });

  it('names the field it was given', () => {
    expect(domainErrorOf(() => checkCitizenId('1', 'authorisedPerson.idNumber')).field).toBe('authorisedPerson.idNumber');
  });
});

describe(checkTaxCode.name, () => {
  it('accepts a 10-digit code and a branch\'s 10-3 code, trimmed', () => {
    expect(checkTaxCode('0101234567')).toBe('0101234567');
    expect(checkTaxCode('0101234567-001')).toBe('0101234567-001');
    expect(checkTaxCode(' 3000123456 ')).toBe('3000123456');
  });

  it.each(['', '010123456', '01012345678', '0101234567001', '0101234567-01', '0101234567-0001', '0101234567 001', '010123456A', '042090001234'])('refuses %j', (value) => {
    expect(domainErrorOf(() => checkTaxCode(value))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'applicant.idNumber' } });
  });
});
