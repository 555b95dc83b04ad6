import { describe, expect, it } from 'vitest';
import type { Ii06aFigures } from '../../../api/reports';
import { II06A_LAYOUT, ii06aLines, layoutFigures } from './ii06a-layout';

const ALL: (keyof Ii06aFigures)[] = ['received', 'receivedOnline', 'receivedInPersonOrPostal', 'carriedOver', 'resolved', 'resolvedEarly',
  'resolvedOnTime', 'resolvedLate', 'inProgress', 'inProgressWithinDeadline', 'inProgressOverdue', 'withdrawn', 'refused',
  'lateWithApology', 'lateWithoutApology'];
const zero = Object.fromEntries(ALL.map((f) => [f, 0])) as Ii06aFigures;

describe('the II.06a header', () => {
  it('shows every figure once, in the order of the form', () => {
    expect(layoutFigures()).toEqual(ALL);
  });
  it('groups received, resolved and in progress, each starting with its total', () => {
    const groups = II06A_LAYOUT.filter((c) => c.kind === 'group');
    expect(groups.map((g) => g.group)).toEqual(['received', 'resolved', 'inProgress', 'late']);
    expect(groups.slice(0, 3).map((g) => g.figures[0])).toEqual(['received', 'resolved', 'inProgress']);
  });
});

describe('ii06aLines', () => {
  it('numbers the field rows and ends with the total', () => {
    const lines = ii06aLines({
      rows: [{ ...zero, fieldCode: 'HT', fieldName: 'Hộ tịch', received: 3 }, { ...zero, fieldCode: 'DD', fieldName: 'Đất đai', received: 2 }],
      total: { ...zero, received: 5 },
    }, 'Tổng cộng');
    expect(lines.map((l) => [l.key, l.index, l.fieldCode, l.fieldName, l.received])).toEqual([
      ['field:HT', 1, 'HT', 'Hộ tịch', 3], ['field:DD', 2, 'DD', 'Đất đai', 2], ['total', null, null, 'Tổng cộng', 5],
    ]);
  });
});
