import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { jobRepository } from '../../store/repositories/job.repository.js';
import { closeStaleSupplements } from '../dossiers/close-stale-supplements.js';
import { receiveDossier } from '../dossiers/receive-dossier.js';
import { actOnDossier } from '../dossiers/act-on-dossier.js';
import { userRepository } from '../../store/repositories/user.repository.js';
import { toActor } from '../auth/to-actor.js';
import { runJob } from './run-job.js';

let t: TestApp;
let clock = new Date('2026-03-02T03:00:00Z');
beforeAll(async () => { t = await createTestApp({ now: () => clock }); });
afterAll(async () => { await t.close(); });

describe(runJob.name, () => {
  it('runs a job once per scheduled slot across concurrent callers, and records its result', async () => {
    let runs = 0;
    const [a, b] = await Promise.all([runJob(t.ctx, 'test-job', async () => ++runs), runJob(t.ctx, 'test-job', async () => ++runs)]);
    expect(runs).toBe(1);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    const job = (await jobRepository(t.ctx.db.orm).list()).find((j) => j.name === 'test-job')!;
    expect(job).toMatchObject({ lastResult: 1, lastError: null, lockedUntil: null });
  });
});

describe(closeStaleSupplements.name, () => {
  it('closes a dossier 15 working days after its supplement request, and not a day earlier', async () => {
    const user = (await userRepository(t.ctx.db.orm).findByUsername('canboxa'))!;
    const actor = toActor(user, null);
    const d = await receiveDossier(t.ctx, {
      actor, procedureCode: '1.001193', channel: 'in_person', receivingUnitId: user.unitId, decision: 'receive',
      applicant: { kind: 'person', name: 'Trần B', idNumber: '042090005678', phone: '0987654321', email: null, address: null },
      components: [{ code: 'TK', status: 'submitted' }, { code: 'GCS', status: 'submitted' }],
    });
    const forwarded = await actOnDossier(t.ctx, { actor, dossierId: d.id, expectedVersion: d.version, command: { type: 'forwarded' } });
    await actOnDossier(t.ctx, { actor, dossierId: d.id, expectedVersion: forwarded.version, command: { type: 'supplement_requested', reason: 'Thiếu', payload: { missing: ['Tờ khai'] } } });
    clock = new Date('2026-03-23T03:00:00Z'); // 15 working days later (Mon 2 Mar + 15 = Mon 23 Mar): not yet past
    expect(await closeStaleSupplements(t.ctx)).toEqual([]);
    clock = new Date('2026-03-24T03:00:00Z');
    expect(await closeStaleSupplements(t.ctx)).toEqual([d.code]);
  });

  it('follows the configured waiting period, changed by the PAR agency through the API', async () => {
    clock = new Date('2026-03-24T03:00:00Z');
    const par = await t.login('sonoivu');
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/dossiers/settings', headers: { cookie: par }, payload: { supplementWaitWorkingDays: 0 } })).json().details.field).toBe('supplementWaitWorkingDays');
    expect((await t.app.inject({ method: 'PUT', url: '/api/v1/dossiers/settings', headers: { cookie: await t.login('canbo') }, payload: { supplementWaitWorkingDays: 5 } })).statusCode).toBe(403);
    const saved = await t.app.inject({ method: 'PUT', url: '/api/v1/dossiers/settings', headers: { cookie: par }, payload: { supplementWaitWorkingDays: 5 } });
    expect(saved.json()).toEqual({ supplementWaitWorkingDays: 5, reactionSlas: [] });
    const user = (await userRepository(t.ctx.db.orm).findByUsername('canboxa'))!;
    const actor = toActor(user, null);
    const d = await receiveDossier(t.ctx, {
      actor, procedureCode: '1.001193', channel: 'in_person', receivingUnitId: user.unitId, decision: 'request_supplement', reason: 'Thiếu giấy chứng sinh',
      applicant: { kind: 'person', name: 'Lê C', idNumber: '042090009999', phone: '0987000111', email: null, address: null }, components: [{ code: 'TK', status: 'submitted' }],
    });
    clock = new Date('2026-04-01T03:00:00Z'); // 6 working days later
    expect(await closeStaleSupplements(t.ctx)).toContain(d.code);
  });
});
