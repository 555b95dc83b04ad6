import { describe, expect, it } from 'vitest';
import type { OrgEvent } from '../../../api/types';
import { lineageOf } from './lineage';

const ref = (id: string) => ({ id, code: id, name: id });
const event = (id: string, date: string, predecessors: string[], successors: string[]): OrgEvent => ({
  id, kind: 'merge', date, legalDoc: null, note: null, predecessors: predecessors.map(ref), successors: successors.map(ref), subjects: [],
});

describe(lineageOf.name, () => {
  it('gathers the units a unit came from and went into, without itself (a unit that continues through a merger)', () => {
    const events = [event('e2', '2025-07-01', ['N', 'M'], ['N2']), event('e1', '2025-03-01', ['N', 'L'], ['N'])];
    expect(lineageOf('N', events)).toEqual({ predecessors: [ref('L')], successors: [ref('N2')] });
  });
});
