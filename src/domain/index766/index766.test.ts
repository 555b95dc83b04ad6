import { describe, expect, it } from 'vitest';
import { buildVersion } from '../procedures/procedure.fixtures.js';
import { emptyCounters } from '../statistics/fact-counters.js';
import { testClock } from '../../test-support/dossier-factory.js';
import { measureAnnouncedOnTime, measureComplete, measureFeeProceduresPaidOnline, measureOnlineProcedures, measureOnlineServicesUsed, measurePublishedOnTime } from './catalogue-measures.js';
import { judgeDossier, measureOnTime, type CellDossier, type DossierFigures } from './dossier-measures.js';
import { checkDefinition, definitionOn, INDEX766_DEFINITIONS, type Index766Definition } from './index766-definition.js';
import { points766, rankByTotal, rankChange, rate766, round2, scoreUnit, type Measure } from './index766-rules.js';
import { memberDayRanges } from './member-day-ranges.js';
import { toEpochDay } from '../shared/local-date.js';
import type { OrgHistory, OrgUnit } from '../org/org-types.js';

const calendar = testClock.calendar;
const definition = INDEX766_DEFINITIONS[0];
const ok = (numerator: number, denominator: number): Measure => ({ status: 'ok', numerator, denominator });

describe('the weight table', () => {
  it('has groups of 18/20/22/22/18 whose sub-indices add up to each group maximum, and thresholds 80/50/90 of the F766 sheet', () => {
    expect(checkDefinition(definition)).toEqual([]);
    expect(definition.groups.map((g) => g.max)).toEqual([18, 20, 22, 22, 18]);
    const thresholds = Object.fromEntries(definition.subIndices.filter((s) => s.threshold !== null).map((s) => [s.code, s.threshold]));
    expect(thresholds).toEqual({ '3.1': 80, '3.3': 50, '3.5': 80, '4.2': 80, '4.3': 80, '5.4': 90 });
  });

  it('picks the table in force on a date by validFrom', () => {
    const later: Index766Definition = { ...definition, id: 'official-2027', validFrom: '2027-01-01' };
    expect(definitionOn('2026-12-31', [definition, later]).id).toBe(definition.id);
    expect(definitionOn('2027-01-01', [later, definition]).id).toBe('official-2027');
    expect(definitionOn('2020-01-01', [definition, later]).id).toBe(definition.id);
  });

  it('reports a group whose sub-indices do not add up', () => {
    const bad = { ...definition, subIndices: definition.subIndices.map((s) => (s.code === '1.1' ? { ...s, max: 5 } : s)) };
    expect(checkDefinition(bad)).toEqual(['group 1: sub-indices add up to 19, not 18']);
  });
});

describe('F766 rates and points', () => {
  it('rounds rates to 2 decimals half up and gives N/A for a zero denominator', () => {
    expect(rate766(2, 3)).toBe(66.67);
    expect(rate766(1, 3)).toBe(33.33);
    expect(rate766(2469, 20000)).toBe(12.35);
    expect(rate766(1, 8)).toBe(12.5);
    expect(rate766(5, 5)).toBe(100);
    expect(rate766(0, 0)).toBeNull();
    expect(round2(11.505)).toBe(11.51);
  });

  it('scales below a threshold and gives the maximum at or above it', () => {
    expect(points766(80, 4, 80)).toBe(4);
    expect(points766(97.5, 4, 80)).toBe(4);
    expect(points766(60, 4, 80)).toBe(3);
    expect(points766(66.67, 4, 80)).toBe(3.33); // 3.3335
    expect(points766(25, 4, 50)).toBe(2);
    expect(points766(50, 5, 80)).toBe(3.13); // 3.125
  });

  it('gives rate × max ÷ 100 without a threshold', () => {
    expect(points766(70, 20, null)).toBe(14);
    expect(points766(66.67, 4, null)).toBe(2.67);
    expect(points766(0, 4, null)).toBe(0);
  });
});

describe('2.1 on time', () => {
  it('counts open dossiers within the deadline and moves multi-supplement ones to overdue', () => {
    const figures: DossierFigures = {
      counters: { ...emptyCounters(), resolvedEarly: 3, resolvedOnTime: 2, resolvedLate: 1, endedInTimeMultiSupplement: 1 }, openWithin: 3, openOverdue: 1, openWithinMultiSupplement: 1,
    };
    // 3 + 2 early/on time + 3 open within − 1 ended and 1 open with more than one supplement request.
    expect(measureOnTime(figures)).toEqual({ status: 'ok', numerator: 6, denominator: 10 });
  });

  it('explains each dossier', () => {
    const base: CellDossier = { online: false, paperResult: false, hasElectronicResult: false, hasDigitised: false, hasReused: false, hasFee: false,
      paidOnline: false, supplementCount: 0, endKind: 'resolved', endClass: 'early', openState: null };
    expect(judgeDossier('2.1', base)).toMatchObject({ inNumerator: true, reasonEn: 'Handled early.' });
    expect(judgeDossier('2.1', { ...base, supplementCount: 2 })).toMatchObject({ inNumerator: false, reasonEn: 'Supplement requested 2 times: counted overdue.' });
    expect(judgeDossier('2.1', { ...base, endClass: null, endKind: null, openState: 'overdue' }).inNumerator).toBe(false);
    expect(judgeDossier('3.3', { ...base, online: true, paperResult: true })).toMatchObject({ inNumerator: false });
    expect(judgeDossier('3.3', { ...base, online: true, paperResult: true, hasElectronicResult: true }).inNumerator).toBe(true);
  });
});

describe('a unit\'s score (golden, default table)', () => {
  const measures: Record<string, Measure> = {
    '1.1': ok(3, 4), '1.2': ok(1, 2), '1.3': ok(2, 3),
    '2.1': ok(7, 10),
    '3.1': ok(3, 4), '3.2': ok(1, 2), '3.3': ok(3, 5), '3.5': ok(0, 0), '3.6': ok(1, 4),
    '4.1': ok(1, 4), '4.2': ok(4, 5), '4.3': ok(1, 2),
  };

  it('excludes N/A items and rescales their group; a group with nothing is N/A and the total is out of the groups that have a value', () => {
    const score = scoreUnit(definition, measures);
    const sub = Object.fromEntries(score.subIndices.map((s) => [s.code, [s.rate, s.points, s.status]]));
    expect(sub).toMatchObject({
      '1.1': [75, 3, 'ok'], '1.2': [50, 2, 'ok'], '1.3': [66.67, 2.67, 'ok'], '1.4': [null, null, 'na'],
      '2.1': [70, 14, 'ok'], '2.2': [null, null, 'na'],
      '3.1': [75, 3.75, 'ok'], '3.2': [50, 2, 'ok'], '3.3': [60, 4, 'ok'], '3.5': [null, null, 'na'], '3.6': [25, 1.5, 'ok'],
      '4.1': [25, 1, 'ok'], '4.2': [80, 5, 'ok'], '4.3': [50, 3.13, 'ok'], '4.4': [null, null, 'na'],
    });
    expect(score.subIndices.find((s) => s.code === '3.5')).toMatchObject({ reasonEn: 'Nothing to count in the period (denominator 0).', denominator: 0 });
    // Group 1: 7.67 of 12 valued → × 18/12 = 11.505 → 11.51; group 3: 11.25 of 18 → × 22/18 = 13.75; group 4: 9.13 of 14 → × 22/14 = 14.35.
    expect(score.groups.map((g) => [g.code, g.points, g.status])).toEqual([['1', 11.51, 'ok'], ['2', 14, 'ok'], ['3', 13.75, 'ok'], ['4', 14.35, 'ok'], ['5', null, 'na']]);
    expect(score.total).toBe(53.61);
    expect(score.totalMax).toBe(82);
  });

  it('counts N/A items as 0 under the "zero" policy', () => {
    const score = scoreUnit({ ...definition, naPolicy: 'zero' }, measures);
    expect(score.groups.map((g) => g.points)).toEqual([7.67, 14, 11.25, 9.13, 0]);
    expect(score.total).toBe(42.05);
    expect(score.totalMax).toBe(100);
  });
});

describe('ranking', () => {
  it('uses competition ranking (1, 2, 2, 4) and reports the change against the previous period', () => {
    const ranks = rankByTotal([{ key: 'a', total: 90 }, { key: 'b', total: 85.5 }, { key: 'c', total: 85.5 }, { key: 'd', total: 70 }]);
    expect([...ranks.values()]).toEqual([1, 2, 2, 4]);
    expect(rankChange(4, 2)).toBe(2);
    expect(rankChange(1, 3)).toBe(-2);
    expect(rankChange(null, 1)).toBeNull();
  });
});

describe('catalogue sub-indices', () => {
  const province = (code: string, over: Parameters<typeof buildVersion>[0]) => buildVersion({ code, level: 'province', ...over });

  it('1.1 counts a procedure once and late when one of its decisions in the period was late (5 working days before the effective date)', () => {
    const versions = [
      province('1.000001', { id: 'a1', validFrom: '2026-03-16', announcingDecision: { number: '1/QĐ', issuedOn: '2026-03-09', publishedOn: null } }),
      province('1.000001', { id: 'a2', validFrom: '2026-03-23', announcingDecision: { number: '2/QĐ', issuedOn: '2026-03-17', publishedOn: null } }),
      province('1.000002', { id: 'b1', validFrom: '2026-03-16', announcingDecision: { number: '3/QĐ', issuedOn: '2026-03-09', publishedOn: null } }),
      province('1.000003', { id: 'c1', validFrom: '2026-01-16', announcingDecision: { number: '4/QĐ', issuedOn: '2026-01-02', publishedOn: null } }),
    ];
    const m = measureAnnouncedOnTime(versions, '2026-03-01', '2026-03-31', calendar);
    expect(m.measure).toEqual({ status: 'ok', numerator: 1, denominator: 2 });
    expect(m.items.map((i) => [i.procedureCode, i.inNumerator])).toEqual([['1.000001', false], ['1.000002', true]]);
    expect(m.items[0].reasonEn).toContain('2/QĐ (2026-03-17; 2026-03-16)');
  });

  it('1.2 counts those published in the period and those due in it (5 working days after the decision), not those not yet due', () => {
    const versions = [
      province('1.000001', { announcingDecision: { number: '1/QĐ', issuedOn: '2026-03-02', publishedOn: '2026-03-09' } }),
      province('1.000002', { announcingDecision: { number: '2/QĐ', issuedOn: '2026-03-02', publishedOn: null } }),
      province('1.000003', { announcingDecision: { number: '3/QĐ', issuedOn: '2026-03-30', publishedOn: null } }),
    ];
    expect(measurePublishedOnTime(versions, '2026-03-01', '2026-03-31', '2026-03-31', calendar).measure).toEqual({ status: 'ok', numerator: 1, denominator: 2 });
  });

  it('1.3, 3.1 judge the versions in force at the end of the period; 3.2 and 3.5 the procedures with dossiers in it', () => {
    const versions = [
      buildVersion({ code: '1.000001', onlineLevel: 'full', fees: [{ name: 'Lệ phí', amountVnd: 10_000, when: 'before' }] }),
      buildVersion({ code: '1.000002', onlineLevel: 'none', subjects: undefined, fees: [{ name: 'Lệ phí', amountVnd: 20_000, when: 'before' }] }),
      buildVersion({ code: '1.000003', onlineLevel: 'partial' }),
      buildVersion({ code: '1.000004', onlineLevel: 'full', validTo: '2026-02-28' }),
    ];
    const complete = measureComplete(versions, '2026-03-31');
    expect(complete.measure).toEqual({ status: 'ok', numerator: 2, denominator: 3 });
    expect(complete.items.find((i) => !i.inNumerator)?.reasonEn).toContain('who may apply');
    expect(measureOnlineProcedures(versions, '2026-03-31').measure).toEqual({ status: 'ok', numerator: 2, denominator: 3 });
    expect(measureOnlineServicesUsed(versions, '2026-03-01', '2026-03-31', new Set(['1.000003'])).measure).toEqual({ status: 'ok', numerator: 1, denominator: 2 });
    expect(measureFeeProceduresPaidOnline(versions, '2026-03-01', '2026-03-31', new Set(['1.000002'])).measure).toEqual({ status: 'ok', numerator: 1, denominator: 2 });
  });
});

describe(memberDayRanges.name, () => {
  it('keeps a merged predecessor\'s records after it ended and clips a child that moved to its days under the target', () => {
    const unit = (id: string, validFrom: string, validTo: string | null): OrgUnit => ({ id, code: id, level: 'commune', kind: null, validFrom, validTo, names: [], parents: [] });
    const history: OrgHistory = { units: new Map([['old', unit('old', '2000-01-01', '2025-06-30')], ['moved', unit('moved', '2000-01-01', null)]]), events: [] };
    const ranges = memberDayRanges(history, { members: [
      { unitId: 'old', from: '2000-01-01', to: '2025-06-30', via: 'predecessor' },
      { unitId: 'moved', from: '2000-01-01', to: '2025-03-31', via: 'child' },
    ], splitPredecessorIds: [] }, toEpochDay('2025-01-01'), toEpochDay('2025-12-31'));
    expect(ranges).toEqual([
      { unitId: 'old', fromDay: toEpochDay('2025-01-01'), toDay: toEpochDay('2025-12-31') },
      { unitId: 'moved', fromDay: toEpochDay('2025-01-01'), toDay: toEpochDay('2025-03-31') },
    ]);
  });
});
