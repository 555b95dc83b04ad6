import { describe, expect, it } from 'vitest';
import { buildContext, buildOpenInput } from '../../test-support/dossier-factory.js';
import { decideDossierAction, type DossierCommand } from './decide-dossier-action.js';
import type { Dossier, DossierEvent } from './dossier-types.js';
import { openDossier } from './open-dossier.js';
import { stepTimings } from './step-timings.js';

/** Runs commands at local times, collecting the event log as the store would. */
function run(steps: Array<[DossierCommand, string, string]>): { dossier: Dossier; events: DossierEvent[] } {
  const opened = openDossier(buildOpenInput(), buildContext('2026-03-02', '08:00'));
  let dossier = opened.dossier;
  const events = [...opened.events];
  for (const [cmd, date, time] of steps) {
    const { next, event } = decideDossierAction(dossier, cmd, buildContext(date, time));
    dossier = next;
    events.push(event);
  }
  return { dossier, events };
}

describe(stepTimings.name, () => {
  const ctx = buildContext('2026-03-10', '09:00');

  it('times each step in working minutes against its share of the limit (5 days × 8 h: receive 10 %, appraise 60 %, approve 20 %)', () => {
    const { events } = run([
      [{ type: 'forwarded' }, '2026-03-02', '09:00'],
      [{ type: 'step_completed' }, '2026-03-04', '09:00'],
      [{ type: 'resolved' }, '2026-03-05', '09:00'],
    ]);
    const [receive, appraise, approve] = stepTimings(events, ctx.procedure, ctx.clock, ctx.now);
    expect(receive).toMatchObject({ code: 'receive', allottedMinutes: 240, usedMinutes: 60, onTime: true });
    expect(appraise).toMatchObject({ code: 'appraise', allottedMinutes: 1440, usedMinutes: 960, onTime: true });
    expect(approve).toMatchObject({ code: 'approve', allottedMinutes: 480, usedMinutes: 480, onTime: true });
  });

  it('leaves out the wait for a supplement and marks a step that overran its share', () => {
    const { events } = run([
      [{ type: 'forwarded' }, '2026-03-02', '09:00'],
      [{ type: 'supplement_requested', reason: 'x', payload: { missing: ['a'] } }, '2026-03-02', '13:00'],
      [{ type: 'supplement_completed' }, '2026-03-06', '13:00'],
      [{ type: 'step_completed' }, '2026-03-12', '13:00'],
    ]);
    const appraise = stepTimings(events, ctx.procedure, ctx.clock, ctx.now)[1];
    expect(appraise.usedMinutes).toBe(150 + 480 * 4);
    expect(appraise.onTime).toBe(false);
  });
});
