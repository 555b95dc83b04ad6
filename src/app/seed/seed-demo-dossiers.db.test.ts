import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows, sql } from '../../store/db.js';
import { settingsRepository } from '../../store/repositories/settings.repository.js';
import { createTestDb } from '../../test-support/test-db.js';
import { createAppContext, type AppContext } from '../app-context.js';
import { loadWorkingCalendar } from '../calendar/load-working-calendar.js';
import { bootstrap } from './bootstrap.js';
import { generateDemoDossiers } from './generate-demo-dossiers.js';
import { DEMO_DOSSIERS_KEY, seedDemoDossiers, startDemoDossierSeeding, type DemoSeedRecord } from './seed-demo-dossiers.js';

let ctx: AppContext;
let drop: () => Promise<void>;
const logs: string[] = [];
const log = (m: string) => { logs.push(m); };
beforeAll(async () => {
  const test = await createTestDb();
  drop = test.drop;
  ctx = createAppContext(test.db, () => new Date('2026-10-30T03:00:00Z'));
  // The shipped Hà Tĩnh units, calendar and procedure catalogue.
  await bootstrap(ctx, { demo: true, adminUser: undefined, adminPassword: undefined, provinceCode: undefined });
});
afterAll(async () => { await drop(); });

const count = async (where: string) => (await rows<{ n: number }>(ctx.db.orm, sql.raw(`select count(*)::int as n from dossiers where ${where}`)))[0].n;

describe(startDemoDossierSeeding.name, () => {
  it('seeds the year up to today once, on the first start of a demo installation, and records it', async () => {
    await startDemoDossierSeeding(ctx, { demo: false }, { count: 2000, log });
    expect(await count('true')).toBe(0);
    await startDemoDossierSeeding(ctx, { demo: true }, { count: 2000, log });
    const record = await settingsRepository(ctx.db.orm).get<DemoSeedRecord>(DEMO_DOSSIERS_KEY);
    expect(record).toMatchObject({ status: 'done', count: 2000, seed: 42, from: '2025-10-31', to: '2026-10-30', report: { imported: 2000, failed: 0 } });
    expect(logs.at(-1)).toMatch(/2,000 demo dossiers and [\d,]+ events stored/);
    await startDemoDossierSeeding(ctx, { demo: true }, { count: 2000, log });
    expect(await count('true')).toBe(2000);
  });

  it('leaves the last weeks open: in progress, some overdue, some waiting for a supplement; most of the year delivered', async () => {
    expect(await count(`status = 'delivered'`)).toBeGreaterThan(1700);
    expect(await count(`ended_at is null and received_at > '2026-10-01'`)).toBeGreaterThan(5);
    expect(await count(`ended_at is null and received_at < '2026-09-01'`)).toBe(0);
    expect(await count(`status = 'waiting_supplement'`)).toBeGreaterThan(0);
    expect(await count(`ended_at is null and due_at < '2026-10-30T03:00:00Z'`)).toBeGreaterThan(0);
    expect(await count(`extended_due_at is not null`)).toBeGreaterThan(10);
    expect(await count(`status = 'withdrawn'`)).toBeGreaterThan(5);
    expect(await count(`imported and applicant_name = '(dữ liệu chuyển đổi)'`)).toBe(2000);
  });
});

describe(generateDemoDossiers.name, () => {
  it('is deterministic for a seed, and another seed gives another year', async () => {
    const take = async (seed: number) => [...(await generateDemoDossiers(ctx, { count: 300, seed, from: '2026-01-01', to: '2026-03-31' })).lines];
    const first = await take(7);
    expect(first).toHaveLength(300);
    expect(await take(7)).toEqual(first);
    expect(await take(8)).not.toEqual(first);
  });

  it('receives on working days only (make-up Saturdays included), in office hours, with procedures and channels the catalogue allows', async () => {
    const { calendar } = await loadWorkingCalendar(ctx);
    const lines = [...(await generateDemoDossiers(ctx, { count: 3000, seed: 3, from: '2026-01-01', to: '2026-06-30' })).lines].map((l) => JSON.parse(l));
    const days = new Set(lines.map((l) => l.receivedAt.slice(0, 10)));
    expect([...days].every((d) => calendar.isWorkingDay(d))).toBe(true);
    expect(days.has('2026-02-17')).toBe(false); // Tết
    expect(lines.every((l) => l.receivedAt >= `${l.receivedAt.slice(0, 10)}T07:30` && l.receivedAt <= `${l.receivedAt.slice(0, 10)}T17:00`)).toBe(true);
    const share = (channel: string) => lines.filter((l) => l.channel === channel).length / lines.length;
    expect(share('online')).toBeGreaterThan(0.2);
    expect(share('postal')).toBeLessThan(0.1);
    expect(lines.filter((l) => l.procedureCode.startsWith('2.0008') || l.procedureCode.startsWith('1.00')).length / lines.length).toBeGreaterThan(0.6);
  });
});

describe(seedDemoDossiers.name, () => {
  it('goes through the import with no line refused, across the 1 July 2025 reform of communes and procedures', async () => {
    const report = await seedDemoDossiers(ctx, { count: 3000, seed: 11, from: '2025-06-01', to: '2025-08-31' });
    expect(report).toMatchObject({ lines: 3000, imported: 3000, failed: 0, errors: [] });
    expect(await count(`received_at < '2025-06-30T17:00:00Z' and procedure_code = '1.001612'`)).toBeGreaterThan(0);
    const again = await seedDemoDossiers(ctx, { count: 3000, seed: 11, from: '2025-06-01', to: '2025-08-31' });
    expect(again).toMatchObject({ imported: 0, skipped: 3000, failed: 0 });
  });
});
