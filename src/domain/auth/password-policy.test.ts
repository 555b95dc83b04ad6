import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../../test-support/domain-error.js';
import { checkPasswordStrength, MIN_PASSWORD_LENGTH } from './password-policy.js';

const problemsOf = (password: string, username = 'nguyenvana') => domainErrorOf(() => checkPasswordStrength(password, username)).details?.problems;

describe(checkPasswordStrength.name, () => {
  it('accepts 10 to 200 characters that are not the username nor one repeated character', () => {
    for (const password of ['Hà Tĩnh 2025', 'a'.repeat(9) + 'b', 'x1'.repeat(100), 'nguyenvana1']) {
      expect(() => checkPasswordStrength(password, 'nguyenvana')).not.toThrow();
    }
    expect(MIN_PASSWORD_LENGTH).toBe(10);
  });

  it('refuses fewer than 10 characters with WEAK_PASSWORD naming the password field', () => {
    expect(domainErrorOf(() => checkPasswordStrength('abc123xyz', 'user'))).toMatchObject({ code: 'WEAK_PASSWORD', details: { field: 'password', problems: ['length'] } });
  });

  it('refuses the username, whatever its case', () => {
    expect(problemsOf('NguyenVanA0', 'nguyenvana0')).toEqual(['username']);
    expect(problemsOf('nguyenvana')).toEqual(['username']);
  });

  it('refuses one character repeated', () => {
    expect(problemsOf('0000000000')).toEqual(['repeated']);
    expect(problemsOf('ééééééééééé')).toEqual(['repeated']);
  });

  it('refuses more than 200 characters', () => {
    expect(() => checkPasswordStrength('ab'.repeat(100), 'user')).not.toThrow();
    expect(problemsOf('ab'.repeat(100) + 'c')).toEqual(['too_long']);
  });

  it('lists every problem at once, in English and Vietnamese', () => {
    const error = domainErrorOf(() => checkPasswordStrength('aaaa', 'aaaa'));
    expect(error.details?.problems).toEqual(['length', 'username', 'repeated']);
    expect(error.message).toContain('10 to 200');
    expect(error.messageVi).toContain('10 đến 200');
  });
});
