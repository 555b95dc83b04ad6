import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../../test-support/domain-error.js';
import { buildOrgHistory } from '../../test-support/org-history-factory.js';
import { accessScope, requireInScope, requireRole } from './access-scope.js';
import { SYSTEM_ACTOR, type Actor } from './actor.js';
import { hasAnyRole, ROLE_INFO, ROLES, type Role } from './roles.js';

const { history, id } = buildOrgHistory();
const actor = (roles: Role[], unitKey: string | null): Actor => ({ kind: 'user', userId: 'user-1', username: 'canbo', displayName: 'Cán bộ', unitId: unitKey ? id(unitKey) : null, roles });
const ids = (...keys: string[]) => keys.map((k) => id(k)).sort();
const sorted = (scope: 'all' | Set<string>) => (scope === 'all' ? scope : [...scope].sort());

describe(accessScope.name, () => {
  it('gives a system administrator everything, whatever else they hold', () => {
    expect(accessScope(SYSTEM_ACTOR, history, '2025-07-01')).toBe('all');
    expect(accessScope(actor(['unit_officer', 'system_admin'], 'C11'), history, '2025-07-01')).toBe('all');
  });

  it('gives the PAR standing agency the whole province subtree from its department', () => {
    expect(sorted(accessScope(actor(['par_agency'], 'SNV'), history, '2025-07-01'))).toEqual(ids('T1', 'SNV', 'STP', 'HCC', 'N1', 'N2', 'N3'));
    expect(sorted(accessScope(actor(['par_agency'], 'SNV'), history, '2025-02-28'))).toEqual(ids('T1', 'SNV', 'SLD', 'STP', 'HCC', 'D1', 'D2', 'C11', 'C12', 'C13', 'C21', 'C22', 'C23'));
  });

  it('gives a unit officer or leader their own unit and the units below it only', () => {
    expect(sorted(accessScope(actor(['unit_officer'], 'D1'), history, '2025-06-30'))).toEqual(ids('D1', 'C11', 'C12', 'C13'));
    expect(sorted(accessScope(actor(['leader'], 'STP'), history, '2025-07-01'))).toEqual(ids('STP'));
    expect(sorted(accessScope(actor(['unit_officer'], 'N1'), history, '2025-07-01'))).toEqual(ids('N1'));
  });

  it('leaves out a unit that ended yesterday', () => {
    const yesterday = accessScope(actor(['par_agency'], 'SNV'), history, '2025-06-30') as Set<string>;
    const today = accessScope(actor(['par_agency'], 'SNV'), history, '2025-07-01') as Set<string>;
    for (const key of ['D1', 'D2', 'C11', 'C23']) {
      expect(yesterday.has(id(key))).toBe(true);
      expect(today.has(id(key))).toBe(false);
    }
    expect((accessScope(actor(['leader'], 'T1'), history, '2025-03-01') as Set<string>).has(id('SLD'))).toBe(false);
  });

  it('gives nothing to a user without a unit', () => {
    expect(sorted(accessScope(actor(['unit_officer'], null), history, '2025-07-01'))).toEqual([]);
    expect(sorted(accessScope(actor(['par_agency'], null), history, '2025-07-01'))).toEqual([]);
  });
});

describe(requireInScope.name, () => {
  it('passes units inside the scope, and anything for the whole-system scope', () => {
    expect(() => requireInScope(new Set([id('N1'), id('T1')]), [id('N1')])).not.toThrow();
    expect(() => requireInScope('all', ['anything'])).not.toThrow();
    expect(() => requireInScope(new Set(), [])).not.toThrow();
  });

  it('refuses with NOT_ALLOWED, listing only the units outside the scope', () => {
    const scope = accessScope(actor(['unit_officer'], 'D1'), history, '2025-06-30');
    expect(domainErrorOf(() => requireInScope(scope, [id('C11'), id('C21'), id('T1')]))).toMatchObject({ code: 'NOT_ALLOWED', details: { unitIds: [id('C21'), id('T1')] } });
  });
});

describe(requireRole.name, () => {
  it('passes an actor holding one of the roles', () => {
    expect(() => requireRole(actor(['leader', 'par_agency'], 'SNV'), ['system_admin', 'par_agency'])).not.toThrow();
  });

  it('refuses with NOT_ALLOWED naming the roles required', () => {
    expect(domainErrorOf(() => requireRole(actor(['unit_officer'], 'D1'), ['system_admin', 'par_agency']))).toMatchObject({ code: 'NOT_ALLOWED', details: { requiredRoles: ['system_admin', 'par_agency'] } });
    expect(domainErrorOf(() => requireRole(actor([], null), ['citizen']))).toMatchObject({ code: 'NOT_ALLOWED' });
  });
});

describe(hasAnyRole.name, () => {
  it('tells whether any wanted role is held', () => {
    expect(hasAnyRole(['leader', 'desk_officer'], ['desk_officer'])).toBe(true);
    expect(hasAnyRole(['citizen'], ['leader', 'par_agency'])).toBe(false);
    expect(hasAnyRole([], [])).toBe(false);
  });

  it('describes every role exactly once', () => {
    expect(ROLE_INFO.map((r) => r.code)).toEqual([...ROLES]);
  });
});

describe('accessScope of an account whose unit has ended', () => {
  it('is empty until the account is moved to a living unit', async () => {
    const { buildOrgHistory } = await import('../../test-support/org-history-factory.js');
    const { history, id } = buildOrgHistory();
    const actor = { kind: 'user' as const, userId: 'u', username: 'u', displayName: 'u', unitId: id('D1'), roles: ['unit_officer' as const] };
    expect(accessScope(actor, history, '2025-07-01')).toEqual(new Set());
    expect((accessScope(actor, history, '2025-06-30') as Set<string>).has(id('C11'))).toBe(true);
  });
});
