import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../../test-support/domain-error.js';
import { buildOrgHistory } from '../../test-support/org-history-factory.js';
import { addDays } from '../shared/local-date.js';
import { planProcedureVersion, PROCEDURE_CODE, versionInForce } from './plan-procedure-version.js';
import { buildDraft, buildVersion } from './procedure.fixtures.js';

const { history, id } = buildOrgHistory();
const draft = (o: Parameters<typeof buildDraft>[0] = {}) => buildDraft(o, [id('N1')]);
const plan = (o: Parameters<typeof buildDraft>[0] = {}, existing = [] as ReturnType<typeof buildVersion>[], mode: 'create' | 'amend' | 'either' = 'either') =>
  planProcedureVersion({ draft: draft(o), existing, history, mode });
const fieldOf = (run: () => unknown) => domainErrorOf(run).field;

describe(planProcedureVersion.name, () => {
  it.each(['1.001193', '2.000635', '1.000894', '3.000323'])('accepts the national code %s', (code) => {
    expect(PROCEDURE_CODE.test(code)).toBe(true);
    expect(plan({ code }).version).toBe(1);
  });
  it.each(['1.1193', '12.000635', '1.0011934', '1-001193', 'A.001193', ''])('refuses the code %j naming the field', (code) => {
    expect(domainErrorOf(() => plan({ code }))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'code' } });
  });
  it('wants a time limit above 0 unless the procedure is decided the same day', () => {
    expect(fieldOf(() => plan({ timeLimit: { value: 0, unit: 'working_days' } }))).toBe('timeLimit.value');
    expect(fieldOf(() => plan({ timeLimit: { value: -2, unit: 'working_hours' } }))).toBe('timeLimit.value');
    expect(plan({ timeLimit: { value: 0, unit: 'same_day' } }).version).toBe(1);
  });
  it('wants at least one channel, each once', () => {
    expect(fieldOf(() => plan({ channels: [] }))).toBe('channels');
    expect(fieldOf(() => plan({ channels: ['online', 'online'] }))).toBe('channels');
  });
  it('wants the steps\' shares of the time limit to add up to 100%', () => {
    const steps = draft().steps.map((s) => ({ ...s, sharePercent: 30 }));
    expect(domainErrorOf(() => plan({ steps })).message).toContain('90%');
    expect(plan({ steps: [] }).version).toBe(1);
  });
  it('refuses duplicate component codes and fractional copies, naming the component', () => {
    const [a, b] = draft().components;
    expect(fieldOf(() => plan({ components: [a, { ...b, code: a.code }] }))).toBe('components[1]');
    expect(fieldOf(() => plan({ components: [{ ...a, copies: 1.5 }] }))).toBe('components[0]');
  });
  it('wants every unit to exist on validFrom (a commune that ended on 2025-06-30 cannot decide from 2025-07-01)', () => {
    const error = domainErrorOf(() => planProcedureVersion({ draft: buildDraft({}, [id('N1'), id('C11')]), existing: [], history, mode: 'create' }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'competentUnitCodes[1]' } });
    expect(fieldOf(() => planProcedureVersion({ draft: buildDraft({ receivingUnitIds: ['nope'] }, [id('N1')]), existing: [], history, mode: 'create' }))).toBe('receivingUnitCodes[0]');
    expect(fieldOf(() => plan({ competentUnitIds: [] }))).toBe('competentUnitCodes');
  });
  it('wants the agencies of an inter-agency procedure, each existing on validFrom, within the time limit (Decree 61/2018 Art. 19(6))', () => {
    const limit = { value: 10, unit: 'working_days' as const };
    const agencySteps = [{ unitId: id('STP'), name: 'Xác minh hộ tịch', workingDays: 4 }, { unitId: id('SNV'), name: 'Cho ý kiến', workingDays: 6 }];
    expect(plan({ timeLimit: limit, interAgency: 'sequential', agencySteps }).draft.agencySteps).toEqual(agencySteps);
    expect(fieldOf(() => plan({ timeLimit: limit, interAgency: 'sequential' }))).toBe('agencySteps');
    expect(fieldOf(() => plan({ timeLimit: limit, interAgency: 'none', agencySteps }))).toBe('agencySteps');
    expect(fieldOf(() => plan({ timeLimit: limit, interAgency: 'parallel', agencySteps: [{ ...agencySteps[0], workingDays: 0 }] }))).toBe('agencySteps[0].workingDays');
    expect(fieldOf(() => plan({ timeLimit: limit, interAgency: 'parallel', agencySteps: [agencySteps[0], { ...agencySteps[1], workingDays: 1.25 }] }))).toBe('agencySteps[1].workingDays');
    expect(fieldOf(() => plan({ timeLimit: limit, interAgency: 'parallel', agencySteps: [agencySteps[0], { ...agencySteps[1], unitId: id('C11') }] }))).toBe('agencySteps[1].unitCode');
    // One after another the steps need 4 + 7 = 11 working days, more than 10; at once they need only the longest, 7.
    const longer = [agencySteps[0], { ...agencySteps[1], workingDays: 7 }];
    expect(domainErrorOf(() => plan({ timeLimit: limit, interAgency: 'sequential', agencySteps: longer }))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'agencySteps', needed: 11, limit: 10 } });
    expect(plan({ timeLimit: limit, interAgency: 'parallel', agencySteps: longer }).version).toBe(1);
  });
  it('refuses to create a procedure that exists and to amend one that does not', () => {
    expect(domainErrorOf(() => plan({}, [buildVersion()], 'create'))).toMatchObject({ code: 'CONFLICT', details: { field: 'code' } });
    expect(domainErrorOf(() => plan({}, [], 'amend')).code).toBe('NOT_FOUND');
  });
  it('closes the version in force the day before an amendment starts and numbers the new one', () => {
    const v1 = buildVersion({ id: 'a', validFrom: '2025-07-01', validTo: null, competentUnitIds: [id('N1')] });
    const p = plan({ validFrom: '2026-01-01' }, [v1], 'amend');
    expect(p).toMatchObject({ version: 2, close: { versionId: 'a', validTo: '2025-12-31' } });
  });
  it('leaves alone a previous version that already ended before the new one starts', () => {
    const v1 = buildVersion({ id: 'a', validFrom: '2020-01-01', validTo: '2025-06-30' });
    expect(plan({ validFrom: '2025-07-01' }, [v1]).close).toBeNull();
    expect(plan({ validFrom: '2025-08-01' }, [v1]).close).toBeNull();
  });
  it('refuses an amendment that does not start after the latest version (versions never overlap)', () => {
    const v1 = buildVersion({ id: 'a', validFrom: '2025-07-01' });
    expect(domainErrorOf(() => plan({ validFrom: '2025-07-01' }, [v1]))).toMatchObject({ code: 'CONFLICT', details: { field: 'validFrom' } });
    expect(domainErrorOf(() => plan({ validFrom: '2025-07-01' }, [v1, buildVersion({ id: 'b', version: 2, validFrom: '2025-09-01' })])).code).toBe('CONFLICT');
    expect(fieldOf(() => plan({ validFrom: '2025-08-01', validTo: '2025-07-31' }))).toBe('validTo');
  });
  it('keeps any sequence of amendments gap-free and non-overlapping, one version in force per day', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 2000 }), { minLength: 1, maxLength: 8 }), (offsets) => {
      let versions: ReturnType<typeof buildVersion>[] = [];
      for (const [i, offset] of [...offsets].sort((a, b) => a - b).entries()) {
        const p = plan({ validFrom: addDays('2025-07-01', offset) }, versions);
        versions = versions.map((v) => (v.id === p.close?.versionId ? { ...v, validTo: p.close.validTo } : v));
        versions.push({ ...p.draft, id: `v${i}`, procedureId: 'p', version: p.version });
      }
      for (let day = 1; day <= 2100; day += 37) {
        const date = addDays('2025-07-01', day);
        const inForce = versions.filter((v) => v.validFrom <= date && (v.validTo === null || date <= v.validTo));
        expect(inForce.length).toBe(date >= versions[0].validFrom ? 1 : 0);
        expect(versionInForce(versions, date)).toBe(inForce[0]);
      }
    }), { numRuns: 100 });
  });
});
