import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../../test-support/domain-error.js';
import { buildOrgHistory, idCounter } from '../../test-support/org-history-factory.js';
import { checkHistory } from './check-history.js';
import { applyChanges } from './org-changes.js';
import type { DatasetRef, OrgDataset } from './org-dataset.js';
import { parentOn } from './org-queries.js';
import type { OrgHistory } from './org-types.js';
import { planDataset } from './plan-dataset.js';

type DatasetUnit = OrgDataset['units'][number];

const unit = (key: string, over: Partial<DatasetUnit> = {}): DatasetUnit => ({ key, code: key, name: `Đơn vị ${key}`, level: 'other', validFrom: '2000-01-01', validTo: null, ...over });
const noRefs = () => undefined;

/** Plans `units` (and events) as dataset 'ds', resolving references with `resolveRef`. */
function plan(units: DatasetUnit[], o: { events?: OrgDataset['events']; resolveRef?: (ref: DatasetRef) => { id: string; validFrom: string } | undefined } = {}) {
  return planDataset({ dataset: 'ds', units, events: o.events }, { resolveRef: o.resolveRef ?? noRefs, newId: idCounter('d') });
}

/** Plans and applies, returning the history and the id of each key. */
function load(units: DatasetUnit[], o: Parameters<typeof plan>[1] = {}, on: OrgHistory = { units: new Map(), events: [] }) {
  const { changes, ids } = plan(units, o);
  const history = applyChanges(on, changes);
  return { history, get: (key: string) => history.units.get(ids.get(key)!)! };
}

describe(planDataset.name, () => {
  it('turns units into unit, name and parent rows, and events into events with their legal document', () => {
    const { changes, ids } = plan(
      [unit('P', { level: 'province' }), unit('A', { parentKey: 'P', validTo: '2024-12-31' }), unit('B', { parentKey: 'P', validFrom: '2025-01-01' })],
      { events: [{ kind: 'merge', date: '2025-01-01', predecessors: ['A'], successors: ['B'], legalDoc: { number: '1/NQ', title: 'Nghị quyết', article: 'Điều 1' } }] },
    );
    expect([...ids]).toEqual([['P', 'd1'], ['A', 'd2'], ['B', 'd3']]);
    expect(changes.filter((c) => c.op === 'endUnit' || c.op === 'endName' || c.op === 'endParent').map((c) => [c.op, c.unitId])).toEqual([['endUnit', 'd2'], ['endName', 'd2'], ['endParent', 'd2']]);
    expect(changes.at(-1)).toEqual({ op: 'insertEvent', event: {
      id: 'd4', kind: 'merge', effectiveOn: '2025-01-01', note: null, predecessorIds: ['d2'], successorIds: ['d3'], subjectIds: [],
      legalDoc: { number: '1/NQ', issuedOn: null, title: 'Nghị quyết — Điều 1', url: null },
    } });
    expect(checkHistory(applyChanges({ units: new Map(), events: [] }, changes))).toEqual([]);
  });

  it('refuses a duplicate key, naming the dataset, position and field', () => {
    expect(domainErrorOf(() => plan([unit('A'), unit('A', { code: 'A2' })]))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'ds.units[1].key' } });
  });

  it('refuses bad dates, a unit ending before it begins, and an unknown level', () => {
    expect(domainErrorOf(() => plan([unit('A', { validFrom: '2025-02-30' })]))).toMatchObject({ details: { field: 'ds.units[0].validFrom' } });
    expect(domainErrorOf(() => plan([unit('A'), unit('B', { validTo: '31/12/2024' })]))).toMatchObject({ details: { field: 'ds.units[1].validTo' } });
    expect(domainErrorOf(() => plan([unit('A', { validTo: '1999-12-31' })]))).toMatchObject({ details: { field: 'ds.units[0].validTo' } });
    expect(domainErrorOf(() => plan([unit('A', { level: 'hamlet' as never })]))).toMatchObject({ details: { field: 'ds.units[0].level' } });
    expect(domainErrorOf(() => plan([unit('A')], { events: [{ kind: 'create', date: '2025-13-01', subjects: ['A'] }] }))).toMatchObject({ details: { field: 'ds.events[0].date' } });
    expect(domainErrorOf(() => plan([unit('A')], { events: [{ kind: 'rebrand' as never, date: '2025-01-01', subjects: ['A'] }] }))).toMatchObject({ details: { field: 'ds.events[0].kind' } });
  });

  it('refuses a reference to a unit that is in neither this dataset nor a loaded one', () => {
    expect(domainErrorOf(() => plan([unit('A', { parentKey: 'X' })]))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'ds.units[0].parentKey' } });
    expect(domainErrorOf(() => plan([unit('A', { parentRef: { dataset: 'other', key: 'P' } })]))).toMatchObject({ details: { field: 'ds.units[0].parentKey' } });
    expect(domainErrorOf(() => plan([unit('A')], { events: [{ kind: 'merge', date: '2025-01-01', predecessors: ['A', 'X'], successors: ['A'] }] }))).toMatchObject({ details: { field: 'ds.events[0].predecessors' } });
    expect(domainErrorOf(() => plan([unit('A')], { events: [{ kind: 'merge', date: '2025-01-01', predecessors: ['A'], successors: [{ dataset: 'other', key: 'B' }] }] }))).toMatchObject({ details: { field: 'ds.events[0].successors' } });
  });

  it('takes a start that is not recorded from the parent, up through several levels', () => {
    const { history, get } = load([
      unit('P', { level: 'province', validFrom: '2008-08-01' }),
      unit('D', { level: 'district', validFrom: null, validTo: '2025-06-30', parentKey: 'P' }),
      unit('C', { level: 'commune', validFrom: null, validTo: '2025-06-30', parentKey: 'D' }),
    ]);
    expect(get('C')).toMatchObject({ validFrom: '2008-08-01', names: [{ validFrom: '2008-08-01', validTo: '2025-06-30' }], parents: [{ parentId: get('D').id, validFrom: '2008-08-01', validTo: '2025-06-30' }] });
    expect(checkHistory(history)).toEqual([]);
  });

  it('takes a start that is not recorded from a parent in another dataset', () => {
    const { history: provinces, id } = buildOrgHistory();
    const resolveRef = (ref: DatasetRef) => (ref.dataset === 'test-provinces' && ref.key === 'T4' ? { id: id('T4'), validFrom: '2025-07-01' } : undefined);
    const { history, get } = load([unit('S', { level: 'department', validFrom: null, parentRef: { dataset: 'test-provinces', key: 'T4' } })], { resolveRef }, provinces);
    expect(get('S')).toMatchObject({ validFrom: '2025-07-01', parents: [{ parentId: id('T4'), validFrom: '2025-07-01', validTo: null }] });
    expect(checkHistory(history)).toEqual([]);
  });

  it('refuses a start that is not recorded when no parent can give one, even through a loop of parents', () => {
    expect(domainErrorOf(() => plan([unit('A', { validFrom: null })]))).toMatchObject({ details: { field: 'ds.units[0].validFrom' } });
    expect(domainErrorOf(() => plan([unit('A', { validFrom: null, parentKey: 'B' }), unit('B', { validFrom: null, parentKey: 'A' })]))).toMatchObject({ details: { field: 'ds.units[0].validFrom' } });
    expect(domainErrorOf(() => plan([unit('A', { validFrom: null, parentRef: { dataset: 'other', key: 'P' } })]))).toMatchObject({ details: { field: 'ds.units[0].validFrom' } });
  });

  it('writes one parent link per entry of a parent history, in another dataset or this one', () => {
    const { history: provinces, id } = buildOrgHistory();
    const resolveRef = (ref: DatasetRef) => (ref.key === 'T1' ? { id: id('T1'), validFrom: '2000-01-01' } : undefined);
    const { history, get } = load([
      unit('D', { level: 'district', parentRef: { dataset: 'test-provinces', key: 'T1' }, validTo: '2025-06-30' }),
      unit('K', {
        level: 'commune', validFrom: null, parentKey: null,
        parentHistory: [{ parentKey: 'D', validFrom: null, validTo: '2025-06-30' }, { parentRef: { dataset: 'test-provinces', key: 'T1' }, validFrom: '2025-07-01', validTo: null }],
      }),
    ], { resolveRef }, provinces);
    const k = get('K');
    expect(k.validFrom).toBe('2000-01-01');
    expect(k.parents).toEqual([{ parentId: get('D').id, validFrom: '2000-01-01', validTo: '2025-06-30' }, { parentId: id('T1'), validFrom: '2025-07-01', validTo: null }]);
    expect([parentOn(k, '2025-06-30'), parentOn(k, '2025-07-01')]).toEqual([get('D').id, id('T1')]);
    expect(checkHistory(history)).toEqual([]);
  });

  it('writes the names over time when they are given, and ends only the ones with an end', () => {
    const { get } = load([unit('A', { names: [{ name: 'Cũ', validFrom: '2000-01-01', validTo: '2019-12-31' }, { name: 'Mới', nameEn: 'New', validFrom: '2020-01-01', validTo: null }] })]);
    expect(get('A').names).toEqual([{ name: 'Cũ', nameEn: null, validFrom: '2000-01-01', validTo: '2019-12-31' }, { name: 'Mới', nameEn: 'New', validFrom: '2020-01-01', validTo: null }]);
  });

  it('loads the fixture datasets into a consistent history', () => {
    expect(checkHistory(buildOrgHistory().history)).toEqual([]);
  });
});
