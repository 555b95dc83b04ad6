import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildOrgHistory, communeSpec, idCounter, TEST_LEGAL_DOC } from '../../test-support/org-history-factory.js';
import { DomainError } from '../errors.js';
import { addDays } from '../shared/local-date.js';
import { checkHistory } from './check-history.js';
import { applyChanges, type OrgChange } from './org-changes.js';
import { parentOn, unitsAsOf } from './org-queries.js';
import { isValidOn, type OrgHistory } from './org-types.js';
import { planMerge, planSplit } from './plan-restructure.js';
import { planCreateUnit, planDissolve, planMove, planRename } from './plan-unit-changes.js';

const { history: start, id } = buildOrgHistory();
const T1 = id('T1');
const DISTRICTS = [id('D1'), id('D2')];

/** Any day 2020–2027, with the days around the 2025 reform drawn often. */
const anyDay = fc.oneof(
  fc.integer({ min: 0, max: 8 * 365 }).map((n) => addDays('2020-01-01', n)),
  fc.constantFrom('2025-06-30', '2025-07-01', '2025-07-02', '2026-01-01'),
);
/** A day before the districts were abolished (2020-01-01 … 2025-06-30). */
const dayBeforeReform = fc.integer({ min: 0, max: 2007 }).map((n) => addDays('2020-01-01', n));
/** A day after the reform, when the new communes and the created ones can merge. */
const dayAfterReform = fc.integer({ min: 0, max: 900 }).map((n) => addDays('2025-07-01', n));
/** Few codes, some of them fixture codes, so that clashes and reuse happen often. */
const code = fc.constantFrom('10001', '10002', '10004', '90001', '90002');
const name = fc.constantFrom('Xã An', 'Xã Bình', 'Phường Cát');
const pick = fc.nat({ max: 40 });

const op = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), code, name, date: anyDay }),
  fc.record({ kind: fc.constant('rename' as const), pick, name, date: anyDay }),
  fc.record({ kind: fc.constant('move' as const), pick, date: dayBeforeReform }),
  fc.record({ kind: fc.constant('dissolve' as const), pick, date: anyDay }),
  fc.record({ kind: fc.constant('split' as const), pick, keep: fc.boolean(), code, code2: code, other: pick, date: fc.oneof(anyDay, dayAfterReform) }),
  fc.record({ kind: fc.constant('merge' as const), a: pick, b: pick, into: fc.oneof(fc.record({ existing: pick }), fc.record({ code, name })), date: fc.oneof(anyDay, dayAfterReform) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const applied = { create: 0, rename: 0, move: 0, merge: 0, dissolve: 0, split: 0 };

/**
 * The plan for one operation on the current history, or null when it does not apply. Communes are picked among those
 * valid on the relevant day so that many operations succeed; moves go from one district to the other, so only communes
 * under a district move (a commune created under the province moved into a district is a known open bug: see
 * plan-unit-changes.test.ts).
 */
function planOf(history: OrgHistory, o: Op, newId: () => string): OrgChange[] | null {
  /** The n-th commune valid on `day` (wrapping round), or any commune when none is. */
  const commune = (n: number, day: string) => {
    const all = [...history.units.values()].filter((u) => u.level === 'commune').sort((a, b) => a.id.localeCompare(b.id));
    const valid = all.filter((u) => isValidOn(u, day));
    const list = valid.length ? valid : all;
    return list[n % list.length].id;
  };
  const base = { eventId: newId(), legalDoc: TEST_LEGAL_DOC };
  switch (o.kind) {
    case 'create':
      return planCreateUnit(history, { ...base, unitId: newId(), spec: communeSpec(o.code, o.name, T1), validFrom: o.date });
    case 'rename':
      return planRename(history, { ...base, unitId: commune(o.pick, o.date), name: o.name, nameEn: null, date: o.date });
    case 'move': {
      const unitId = commune(o.pick, o.date);
      const from = parentOn(history.units.get(unitId)!, o.date);
      if (!from || !DISTRICTS.includes(from)) return null;
      return planMove(history, { ...base, unitId, parentId: DISTRICTS.find((d) => d !== from)!, date: o.date });
    }
    case 'dissolve':
      return planDissolve(history, { ...base, unitId: commune(o.pick, addDays(o.date, -1)), date: o.date });
    case 'split': {
      const unitId = commune(o.pick, addDays(o.date, -1));
      const first = o.keep ? { existingId: unitId } : { newId: newId(), spec: communeSpec(o.code, 'Xã Tách', T1) };
      const second = o.other % 2 ? { existingId: commune(o.other, o.date) } : { newId: newId(), spec: communeSpec(o.code2, 'Xã Tách Hai', T1) };
      return planSplit(history, { ...base, date: o.date, predecessorId: unitId, successors: [first, second] });
    }
    case 'merge': {
      const successor = 'existing' in o.into ? { existingId: commune(o.into.existing, o.date) } : { newId: newId(), spec: communeSpec(o.into.code, o.into.name, T1) };
      const dayBefore = addDays(o.date, -1);
      return planMerge(history, { ...base, date: o.date, predecessorIds: [commune(o.a, dayBefore), commune(o.b, dayBefore)], successor });
    }
  }
}

/** Every day on which a unit begins holds at most one unit per code (an overlap always shows on such a day). */
function duplicateCodes(history: OrgHistory): string[] {
  const days = new Set([...history.units.values()].flatMap((u) => [u.validFrom, ...(u.validTo ? [u.validTo] : [])]));
  const out: string[] = [];
  for (const day of days) {
    const codes = unitsAsOf(history, day).map((u) => u.unit.code);
    for (const c of new Set(codes)) if (codes.filter((x) => x === c).length > 1) out.push(`${c} on ${day}`);
  }
  return out;
}

describe('organisation plans (property)', () => {
  it('keep the history consistent and codes unique per day for any sequence of creates, renames, moves, mergers, splits and dissolutions', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const newId = idCounter('p');
        let history = start;
        for (const o of ops) {
          let changes: OrgChange[] | null;
          try {
            changes = planOf(history, o, newId);
          } catch (error) {
            if (error instanceof DomainError) continue;
            throw error;
          }
          if (!changes) continue;
          history = applyChanges(history, changes);
          applied[o.kind]++;
          expect(checkHistory(history), `after ${JSON.stringify(o)}`).toEqual([]);
        }
        expect(duplicateCodes(history)).toEqual([]);
      }),
      { numRuns: 300 },
    );
    // The property is not vacuous: every kind of operation went through many times.
    for (const kind of Object.keys(applied) as Array<keyof typeof applied>) expect(applied[kind], kind).toBeGreaterThan(20);
  });
});
