import { describe, expect, it } from 'vitest';
import { loginPathFor, safeNext } from './safe-next';

describe(safeNext.name, () => {
  it('returns to a path inside the app', () => {
    expect(safeNext('/org?asOf=2025-06-30')).toBe('/org?asOf=2025-06-30');
  });

  it('refuses other sites, protocol-relative and backslash tricks, and the login page itself', () => {
    for (const next of ['https://evil.example', '//evil.example', '/\\evil.example', '/login?next=/x', '', null]) {
      expect(safeNext(next)).toBe('/');
    }
  });
});

describe(loginPathFor.name, () => {
  it('remembers the page with its query', () => {
    expect(loginPathFor('/admin/users', '?q=a')).toBe('/login?next=%2Fadmin%2Fusers%3Fq%3Da');
    expect(loginPathFor('/', '')).toBe('/login');
  });
});
