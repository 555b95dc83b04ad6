import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../../test-support/domain-error.js';
import { parseProcedureRecord } from './procedure-record.js';
import { buildProcedureRecord } from './procedure.fixtures.js';

const fieldOf = (raw: unknown) => domainErrorOf(() => parseProcedureRecord(raw)).field;

describe(parseProcedureRecord.name, () => {
  it('returns a well-shaped record unchanged', () => {
    expect(parseProcedureRecord(JSON.parse(JSON.stringify(buildProcedureRecord())))).toEqual(buildProcedureRecord());
  });
  it('fills defaults for the optional flags and leaves unstated subjects and conditions out', () => {
    const { clockStartsAfterPayment: _c, outsideBoundaryAllowed: _o, subjects: _s, conditions: _k, ...raw } = buildProcedureRecord();
    const parsed = parseProcedureRecord(raw);
    expect(parsed).toMatchObject({ clockStartsAfterPayment: false, outsideBoundaryAllowed: false });
    expect('subjects' in parsed || 'conditions' in parsed).toBe(false);
  });
  it('names the first bad field, nested ones by path', () => {
    const r = buildProcedureRecord();
    expect(fieldOf({ ...r, validFrom: '2025-02-30' })).toBe('validFrom');
    expect(fieldOf({ ...r, name: '' })).toBe('name');
    expect(fieldOf({ ...r, channels: ['fax'] })).toBe('channels[0]');
    expect(fieldOf({ ...r, timeLimit: { value: '3', unit: 'working_days' } })).toBe('timeLimit.value');
    expect(fieldOf({ ...r, components: [r.components[0], { ...r.components[1], copies: 'one' }] })).toBe('components[1].copies');
    expect(fieldOf({ ...r, announcingDecision: { number: 'x', issuedOn: 'yesterday' } })).toBe('announcingDecision.issuedOn');
    expect(fieldOf(null)).toBe('record');
  });
  it('reads the agencies of inter-agency steps by unit code, naming a bad one by path', () => {
    const r = buildProcedureRecord({ interAgency: 'parallel', agencySteps: [{ unitCode: 'T1.STP', name: 'Xác minh', workingDays: 2 }] });
    expect(parseProcedureRecord(JSON.parse(JSON.stringify(r)))).toEqual(r);
    expect(fieldOf({ ...r, agencySteps: [{ unitCode: 'T1.STP', name: 'Xác minh', workingDays: '2' }] })).toBe('agencySteps[0].workingDays');
    expect(fieldOf({ ...r, agencySteps: [{ name: 'Xác minh', workingDays: 2 }] })).toBe('agencySteps[0].unitCode');
    expect(fieldOf({ ...r, agencySteps: 'T1.STP' })).toBe('agencySteps');
  });
});
