import { rows, sql } from '../../../store/db.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshDossierStatistics } from '../../../app/statistics/refresh-dossier-statistics.js';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';

let t: TestApp;
let desk: string;
let leader: string;
let communeId: string;
type Sub = { code: string; numerator: number | null; denominator: number | null; rate: number | null; points: number | null; status: string; reason?: string };
type Unit = { id: string; code: string; kind: string; role: string; total: number; totalMax: number; rank: number | null; previousRank: number | null; rankChange: number | null;
  groups: Array<{ code: string; points: number | null }>; subIndices: Sub[] };

const applicant = { kind: 'person', name: 'Nguyễn Văn An', idNumber: '042090001234', phone: '0912 345 678', email: null, address: 'Hà Tĩnh' };
const intake = (over: object = {}) => t.app.inject({
  method: 'POST', url: '/api/v1/dossiers', headers: { cookie: desk },
  payload: { procedureCode: '1.001193', channel: 'in_person', receivingUnitId: communeId, applicant, components: [{ code: 'TK', status: 'submitted' }, { code: 'GCS', status: 'digitised' }], decision: 'receive', ...over },
});
const act = async (d: { id: string; version: number }, type: string, body: object = {}) =>
  (await t.app.inject({ method: 'POST', url: `/api/v1/dossiers/${d.id}/actions`, headers: { cookie: desk }, payload: { type, version: d.version, ...body } })).json();
const index = (query: string, cookie = leader) => t.app.inject({ url: `/api/v1/indexes/766?${query}`, headers: { cookie } });
const sub = (u: Unit, code: string) => u.subIndices.find((s) => s.code === code)!;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-03-02T03:00:00Z') });
  desk = await t.login('canboxa');
  leader = await t.login('lanhdao');
  communeId = (await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: desk } })).json().user.unitId;
  // Three dossiers on Mon 2 Mar 2026 (due Mon 9 Mar): one resolved the same day (early), one in person and one online still open.
  let a = (await intake()).json();
  a = await act(a, 'forwarded');
  a = await act(a, 'resolved', { payload: { note: 'Đã cấp Giấy khai sinh' } });
  expect(a.status).toBe('resolved');
  const b = (await intake()).json();
  await act(b, 'forwarded');
  expect((await intake({ channel: 'online' })).statusCode).toBe(201);
});
afterAll(async () => { await t.close(); });

describe('GET /api/v1/indexes/766', () => {
  it('scores the province and ranks its departments and communes, with hand-computed points', async () => {
    const response = await index('unit=T1&from=2026-03-02&to=2026-03-06');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ unit: { code: 'T1' }, from: '2026-03-02', to: '2026-03-06', previous: { from: '2026-02-25', to: '2026-03-01' },
      definition: { id: '766-2022-default', validFrom: '2022-06-23', naPolicy: 'exclude_and_rescale' } });
    const units: Unit[] = body.units;
    expect(units.map((u) => [u.code, u.kind, u.role])).toEqual([
      ['T1', 'province', 'self'], ['T1.SNV', 'department', 'child'], ['T1.STP', 'department', 'child'],
      ['10001', 'commune', 'child'], ['10004', 'commune', 'child'], ['10006', 'commune', 'child'],
    ]);
    const commune = units.find((u) => u.id === communeId)!;
    // 2.1: 1 early + 2 open within the deadline on 6 Mar ÷ 3 = 100 % → 20; 3.3: 1 online ÷ 3 = 33.33 % < 50 % → 33.33 × 4 ÷ 50 = 2.67;
    // 4.2: 3 digitised ÷ 3 → 5; 4.3: 0 ÷ 3 → 0; 3.1 and 3.2: 1 of 1 → 4 each; 1.3: complete → 4.
    expect(Object.fromEntries(commune.subIndices.map((s) => [s.code, [s.numerator, s.denominator, s.rate, s.points]]))).toMatchObject({
      '1.3': [1, 1, 100, 4], '2.1': [3, 3, 100, 20], '3.1': [1, 1, 100, 4], '3.2': [1, 1, 100, 4], '3.3': [1, 3, 33.33, 2.67],
      '4.2': [3, 3, 100, 5], '4.3': [0, 3, 0, 0],
    });
    for (const code of ['1.1', '1.2', '1.4', '2.2', '3.5', '4.1', '4.4', '4.5', '5.1', '5.4']) expect(sub(commune, code).status).toBe('na');
    expect(sub(commune, '1.4').reason).toContain('Cổng Dịch vụ công quốc gia');
    const withFee = sub(commune, '3.6');
    // Group 1: 1.3 alone, rescaled 4 × 18 ÷ 4 = 18; group 2: 20; group 4: (5 + 0) × 22 ÷ 10 = 11.
    expect(commune.groups.map((g) => g.points)).toEqual([18, 20, expect.any(Number), 11, null]);
    const group3 = (4 + 4 + 2.67 + (withFee.points ?? 0)) * 22 / (12 + (withFee.status === 'ok' ? 6 : 0));
    expect(commune.groups[2].points).toBeCloseTo(group3, 2);
    expect(commune.totalMax).toBe(82);
    expect(commune.total).toBeCloseTo(18 + 20 + commune.groups[2].points! + 11, 2);
    // The other communes have no dossiers: groups 1 (18) and 3 (3.1 = 4, 3.2 = 0 → 4 × 22 ÷ 8 = 11) only.
    const others = units.filter((u) => u.kind === 'commune' && u.id !== communeId);
    for (const u of others) expect([u.total, u.totalMax, u.rank]).toEqual([29, 40, 2]);
    expect(commune.rank).toBe(1);
    expect([commune.previousRank, commune.rankChange]).toEqual([1, 0]);
    expect(others.map((u) => [u.previousRank, u.rankChange])).toEqual([[1, -1], [1, -1]]);
    // Departments are ranked apart: Justice has a procedure (29); Home Affairs has nothing to score, so it is listed unranked.
    expect(units.filter((u) => u.kind === 'department').map((u) => [u.code, u.total, u.totalMax, u.rank])).toEqual([['T1.SNV', 0, 0, null], ['T1.STP', 29, 40, 1]]);
    expect(units[0].rank).toBeNull();
    // The province: 2.1 the same dossiers; 3.2: one of its two online procedures received online dossiers.
    expect(sub(units[0], '2.1')).toMatchObject({ numerator: 3, denominator: 3 });
    expect(sub(units[0], '3.2')).toMatchObject({ numerator: 1, denominator: 2, rate: 50, points: 2 });
  });

  it('counts open dossiers past their appointment as overdue at the end of a longer period', async () => {
    const units: Unit[] = (await index('unit=T1&from=2026-03-02&to=2026-03-13')).json().units;
    // 1 early; the two open ones are due Mon 9 Mar, so overdue on Fri 13 Mar: 1 ÷ 3 = 33.33 % → 6.67 of 20.
    expect(sub(units.find((u) => u.id === communeId)!, '2.1')).toMatchObject({ numerator: 1, denominator: 3, rate: 33.33, points: 6.67 });
  });

  it('reads whole months from the monthly rollup with the same figures', async () => {
    const units: Unit[] = (await index('unit=T1&from=2026-03-01&to=2026-03-31')).json().units;
    const commune = units.find((u) => u.id === communeId)!;
    expect(Object.fromEntries(['2.1', '3.3', '4.2', '4.3'].map((c) => [c, [sub(commune, c).numerator, sub(commune, c).denominator]])))
      .toEqual({ '2.1': [1, 3], '3.3': [1, 3], '4.2': [3, 3], '4.3': [0, 3] });
  });

  it('gives the weekly and monthly history: each period\'s total equals the index of that period alone', async () => {
    const r = await t.app.inject({ url: '/api/v1/indexes/766/history?unit=T1&granularity=week&from=2026-02-23&to=2026-03-15', headers: { cookie: leader } });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.periods.map((p: { from: string; to: string }) => `${p.from}/${p.to}`)).toEqual(['2026-02-23/2026-03-01', '2026-03-02/2026-03-08', '2026-03-09/2026-03-15']);
    const single = (await index('unit=T1&from=2026-03-02&to=2026-03-08')).json().units.find((u: Unit) => u.id === communeId);
    const inHistory = body.periods[1].units.find((u: { code: string }) => u.code === single.code);
    expect(inHistory).toMatchObject({ total: single.total, rank: single.rank });
    const bad = await t.app.inject({ url: '/api/v1/indexes/766/history?unit=T1&granularity=week&from=2022-01-01&to=2026-03-15', headers: { cookie: leader } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.field).toBe('from');
  });

  it('lets a commune officer read their commune but not the province; a citizen reads nothing', async () => {
    const units: Unit[] = (await index('unit=T1&from=2026-03-02&to=2026-03-06')).json().units;
    const code = units.find((u) => u.id === communeId)!.code;
    const own = await index(`unit=${code}&from=2026-03-02&to=2026-03-06`, desk);
    expect(own.statusCode).toBe(200);
    expect(own.json().units.map((u: Unit) => u.code)).toEqual([code]);
    expect((await index('unit=T1&from=2026-03-02&to=2026-03-06', desk)).statusCode).toBe(403);
    expect((await index('unit=T1&from=2026-03-02&to=2026-03-06', await t.login('congdan'))).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/indexes/766?unit=T1&from=2026-03-02&to=2026-03-06' })).statusCode).toBe(401);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: Array<[string, string]> = [
      ['unit=NOPE&from=2026-03-02&to=2026-03-06', 'unit'],
      ['unit=T1&from=2026-03-06&to=2026-03-02', 'from'],
      ['unit=T1&from=2020-01-01&to=2026-03-06', 'to'],
      ['unit=T1&from=2026-02-30&to=2026-03-06', 'querystring.from'],
      ['unit=T1&from=2026-03-02', 'querystring.to'],
    ];
    for (const [query, field] of cases) {
      const response = await index(query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().details.field, query).toBe(field);
    }
    expect((await index('unit=NOPE&from=2026-03-02&to=2026-03-06')).json().code).toBe('INVALID_INPUT');
  });
});

describe('GET /api/v1/indexes/766/cell', () => {
  const cell = (query: string) => t.app.inject({ url: `/api/v1/indexes/766/cell?${query}`, headers: { cookie: leader } });

  it('lists the dossiers behind 2.1, those that lower it first, with the reason; totals match the index', async () => {
    const response = await cell('unit=T1&from=2026-03-02&to=2026-03-13&subIndex=2.1');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ itemKind: 'dossier', total: 3, subIndex: { code: '2.1', numerator: 1, denominator: 3, rate: 33.33 } });
    expect(body.items.map((i: { effect: string; openAtEnd: string | null }) => [i.effect, i.openAtEnd])).toEqual([['lowers', 'overdue'], ['lowers', 'overdue'], ['counts', null]]);
    expect(body.items[0]).toMatchObject({ kind: 'dossier', procedureCode: '1.001193', receivedOn: '2026-03-02', dueOn: '2026-03-09', endedOn: null, reasonEn: 'In progress, overdue.' });
    expect(body.items[0].code).toMatch(/-260302-000\d$/);
    expect(body.items[2]).toMatchObject({ endedOn: '2026-03-02', reasonEn: 'Handled early.' });
    const page2 = (await cell('unit=T1&from=2026-03-02&to=2026-03-13&subIndex=2.1&page=2&pageSize=2')).json();
    expect(page2.items).toHaveLength(1);
    expect(page2.total).toBe(3);
  });

  it('agrees with the index for every dossier sub-index', async () => {
    const units: Unit[] = (await index('unit=T1&from=2026-03-02&to=2026-03-06')).json().units;
    for (const code of ['2.1', '3.3', '3.6', '4.1', '4.2', '4.3']) {
      const c = (await cell(`unit=T1&from=2026-03-02&to=2026-03-06&subIndex=${code}&pageSize=200`)).json();
      const s = sub(units[0], code);
      expect([c.subIndex.numerator, c.subIndex.denominator], code).toEqual([s.numerator ?? 0, s.denominator ?? 0]);
      expect(c.items.filter((i: { effect: string }) => i.effect === 'counts')).toHaveLength(c.subIndex.numerator);
    }
    const online = (await cell('unit=T1&from=2026-03-02&to=2026-03-06&subIndex=3.3')).json();
    expect(online.items[0]).toMatchObject({ effect: 'lowers', reasonEn: 'Submitted in person or by post.' });
  });

  it('lists procedures for a catalogue sub-index and gives the reason for an N/A one', async () => {
    const used = (await cell('unit=T1&from=2026-03-02&to=2026-03-06&subIndex=3.2')).json();
    expect(used).toMatchObject({ itemKind: 'procedure', total: 2, subIndex: { numerator: 1, denominator: 2, rate: 50 } });
    expect(used.items.map((i: { procedureCode: string; effect: string }) => [i.procedureCode, i.effect])).toEqual([['2.000635', 'lowers'], ['1.001193', 'counts']]);
    const na = (await cell('unit=T1&from=2026-03-02&to=2026-03-06&subIndex=4.5')).json();
    expect(na).toMatchObject({ itemKind: 'none', total: 0, items: [], subIndex: { status: 'na', reasonEn: 'Dossiers carry no VNeID or population-database flags yet.' } });
    expect((await cell('unit=T1&from=2026-03-02&to=2026-03-06&subIndex=3.4')).json().details.field).toBe('querystring.subIndex');
  });

  it('counts a dossier with more than one supplement request as overdue (F766), in the index and the drill-down', async () => {
    // Two supplement requests happen only in imported history (the once-only rule blocks a second one here): set the
    // count on the dossier and refresh its statistics as a transition does.
    const setSupplements = async (where: ReturnType<typeof sql>, count: number) => {
      const [{ id }] = await rows<{ id: string }>(t.ctx.db.orm, sql`select dossier_id as id from stat_dossier_facts where ${where} limit 1`);
      await t.ctx.db.transaction(async (tx) => {
        await tx.execute(sql`update dossiers set supplement_count = ${count} where id = ${id}`);
        await refreshDossierStatistics(tx, id, Date.parse('2026-03-02T08:00:00Z'));
      });
    };
    await setSupplements(sql`end_class = 'early'`, 2);
    const units: Unit[] = (await index('unit=T1&from=2026-03-02&to=2026-03-06')).json().units;
    expect(sub(units[0], '2.1')).toMatchObject({ numerator: 2, denominator: 3 });
    const body = (await cell('unit=T1&from=2026-03-02&to=2026-03-06&subIndex=2.1')).json();
    expect(body.subIndex).toMatchObject({ numerator: 2, denominator: 3 });
    expect(body.items[0]).toMatchObject({ effect: 'lowers', reasonEn: 'Supplement requested 2 times: counted overdue.' });
    // The same for a dossier still open within the deadline at the period's end.
    await setSupplements(sql`end_day is null`, 3);
    const after: Unit[] = (await index('unit=T1&from=2026-03-02&to=2026-03-06')).json().units;
    expect(sub(after[0], '2.1')).toMatchObject({ numerator: 1, denominator: 3 });
    expect((await cell('unit=T1&from=2026-03-02&to=2026-03-06&subIndex=2.1')).json().subIndex).toMatchObject({ numerator: 1, denominator: 3 });
  });
});
