import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyRollups } from '../../app/statistics/verify-rollups.js';
import { rows, sql } from '../db.js';
import { splitSql } from '../split-sql.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

// Migration 0010 adds the counter "ended in time after more than one supplement request" to the rollups and the
// matching flag to the open spans of a database that already holds statistics: its backfill must give what the
// transitions and imports now keep.
let t: TestApp;
const vn = (date: string, time = '09:00') => `${date}T${time}:00+07:00`;
const line = (code: string, events: object[]) => JSON.stringify({ code, procedureCode: '1.001193', receivingUnitCode: '10001', competentUnitCode: '10001',
  channel: 'in_person', receivedAt: vn('2026-03-02'), dueAt: vn('2026-03-09', '17:00'), events });
const twoRounds = [
  { type: 'supplement_requested', at: vn('2026-03-02', '10:00'), reason: 'Thiếu giấy tờ' }, { type: 'supplement_completed', at: vn('2026-03-03') },
  { type: 'supplement_requested', at: vn('2026-03-03', '10:00'), reason: 'Thiếu giấy tờ' }, { type: 'supplement_completed', at: vn('2026-03-04') },
];
const backfill = splitSql(readFileSync(new URL('./0010_index766_counters.sql', import.meta.url), 'utf8')).filter((s) => /^\s*update /i.test(s.replace(/^(\s*--.*\n)*/, '')));
const total = async (table: string) =>
  (await rows<{ n: number }>(t.ctx.db.orm, sql`select coalesce(sum(ended_in_time_multi_supplement), 0)::int as n from ${sql.raw(table)}`))[0].n;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-03-20T02:00:00Z') });
  const admin = await t.login('admin');
  const body = [
    line('10001-260302-0101', [...twoRounds, { type: 'resolved', at: vn('2026-03-05') }]), // in time, two rounds: counted
    line('10001-260302-0102', [...twoRounds, { type: 'resolved', at: vn('2026-04-01') }]), // late: not counted
    line('10001-260302-0103', [twoRounds[0], twoRounds[1], { type: 'resolved', at: vn('2026-03-05') }]), // one round: not counted
    line('10001-260302-0104', twoRounds), // still open: read from the facts, not a counter
  ].join('\n');
  const done = (await t.app.inject({ method: 'POST', url: '/api/v1/dossiers/import', headers: { cookie: admin, 'content-type': 'application/x-ndjson' }, payload: body })).body;
  expect(done).toContain('"imported":4');
});
afterAll(async () => { await t.close(); });

describe('migration 0010', () => {
  it('fills the new counter of existing daily and monthly rows as the rollups keep it', async () => {
    expect(backfill).toHaveLength(3);
    // Three dossiers had two supplement rounds; each has open spans (past or present), flagged.
    const flagged = async () => (await rows<{ n: number }>(t.ctx.db.orm, sql`select count(distinct dossier_id)::int as n from stat_open_spans where multi_supplement`))[0].n;
    expect([await total('stat_daily'), await total('stat_monthly'), await flagged()]).toEqual([1, 1, 3]);
    await t.ctx.db.orm.execute(sql`update stat_daily set ended_in_time_multi_supplement = 0`);
    await t.ctx.db.orm.execute(sql`update stat_monthly set ended_in_time_multi_supplement = 0`);
    await t.ctx.db.orm.execute(sql`update stat_open_spans set multi_supplement = false`);
    const { mismatches } = await verifyRollups(t.ctx);
    expect(mismatches.some((m) => m.includes('endedInTimeMultiSupplement'))).toBe(true);
    expect(mismatches.some((m) => m.includes('flagged for more than one supplement request'))).toBe(true);
    for (const statement of backfill) await t.ctx.db.orm.execute(sql.raw(statement));
    expect([await total('stat_daily'), await total('stat_monthly'), await flagged()]).toEqual([1, 1, 3]);
    expect((await verifyRollups(t.ctx)).mismatches).toEqual([]);
  });
});
