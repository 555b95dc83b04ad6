import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildVersion } from '../procedures/procedure.fixtures.js';
import { emptyCounters } from '../statistics/fact-counters.js';
import { testClock } from '../../test-support/dossier-factory.js';
import { SUB_INDEX_CODES, INDEX766_DEFINITIONS, type SubIndexCode } from './index766-definition.js';
import { scoreTotal, scoreUnit, type Measure } from './index766-rules.js';
import { catalogueBase, catalogueBases, catalogueMeasures, computeUnitIndex, computeUnitTotal, type UnitIndexInput } from './unit-index.js';

const calendar = testClock.calendar;
const definition = INDEX766_DEFINITIONS[0];

const measure: fc.Arbitrary<Measure | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant<Measure>({ status: 'na', reasonVi: 'x', reasonEn: 'x' }),
  fc.tuple(fc.nat(50), fc.nat(50)).map(([a, b]): Measure => ({ status: 'ok', numerator: Math.min(a, b), denominator: b })),
);
const measures = fc.record(Object.fromEntries(SUB_INDEX_CODES.map((c) => [c, measure])) as Record<SubIndexCode, fc.Arbitrary<Measure | undefined>>)
  .map((m) => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined)) as Partial<Record<SubIndexCode, Measure>>);

describe(scoreTotal.name, () => {
  it('gives exactly scoreUnit\'s total and maximum, under both N/A policies', () => {
    fc.assert(fc.property(measures, fc.constantFrom('exclude_and_rescale', 'zero' as const), (m, naPolicy) => {
      const d = { ...definition, naPolicy };
      const full = scoreUnit(d, m);
      expect(scoreTotal(d, m)).toEqual({ total: full.total, totalMax: full.totalMax });
    }), { numRuns: 500 });
  });
});

describe('catalogue bases', () => {
  const fee = [{ name: 'Lệ phí', amountVnd: 10_000, when: 'before' as const }];
  const versions = [
    buildVersion({ code: '1.000001', onlineLevel: 'full', fees: fee, announcingDecision: { number: '1/QĐ', issuedOn: '2026-03-02', publishedOn: '2026-03-09' } }),
    buildVersion({ code: '1.000002', onlineLevel: 'none', subjects: undefined, fees: fee }),
    buildVersion({ code: '1.000003', onlineLevel: 'partial', announcingDecision: { number: '2/QĐ', issuedOn: '2026-03-20', publishedOn: null } }),
    buildVersion({ code: '1.000004', onlineLevel: 'full', validTo: '2026-02-28' }),
  ];
  const input = (used: string[], paid: string[]): UnitIndexInput => ({
    definition, from: '2026-03-01', to: '2026-03-31', asOf: '2026-03-31', calendar, versions,
    figures: { counters: { ...emptyCounters(), receivedOnline: 3, onlineEffective: 2, resolvedOnTime: 2 }, openWithin: 1, openOverdue: 1, openWithinMultiSupplement: 0 },
    codesWithOnlineDossiers: new Set(used), codesPaidOnline: new Set(paid),
  });

  it('count what the per-procedure judgements of the drill-down count', () => {
    for (const [used, paid] of [[[], []], [['1.000003'], ['1.000001']], [['1.000001', '1.000003', '9.999999'], ['1.000002']]]) {
      const i = input(used, paid);
      const judged = catalogueMeasures(i);
      const score = computeUnitIndex(i);
      for (const code of ['1.1', '1.2', '1.3', '3.1', '3.2', '3.5'] as const) {
        const sub = score.subIndices.find((s) => s.code === code)!;
        expect([sub.numerator, sub.denominator], code).toEqual([judged[code].measure.numerator, judged[code].measure.denominator]);
      }
      expect(computeUnitTotal(i)).toEqual({ total: score.total, totalMax: score.totalMax });
    }
  });

  it('judge a version list once per period and tell different lists apart', () => {
    const baseOf = catalogueBases('2026-03-01', '2026-03-31', '2026-03-31', calendar);
    const first = baseOf(versions);
    expect(baseOf([...versions])).toBe(first);
    expect(first).toEqual(catalogueBase(versions, '2026-03-01', '2026-03-31', '2026-03-31', calendar));
    const fewer = baseOf(versions.slice(1));
    expect(fewer).not.toBe(first);
    expect(fewer.onlineServiceCodes).toEqual(['1.000003']);
    expect(baseOf([versions[1], versions[0], ...versions.slice(2)])).not.toBe(first);
  });
});
