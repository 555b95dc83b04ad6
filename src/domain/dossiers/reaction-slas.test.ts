import { describe, expect, it } from 'vitest';
import { buildDossier, testClock as clock, vnAt, vnText } from '../../test-support/dossier-factory.js';
import type { Dossier, DossierEvent, DossierStatus } from './dossier-types.js';
import { reactionAlerts, reactionSlasOn, validateReactionSlaOverrides, type ReactionAlert, type ReactionSlaOverride } from './reaction-slas.js';

// Tests run with TZ=UTC: every instant below is written in Vietnam time (UTC+7) through vnAt / vnText.
const ev = (type: string, date: string, time: string, before: DossierStatus | null, after: DossierStatus): DossierEvent =>
  ({ type, at: vnAt(date, time), actorId: null, actorName: 'canbo', unitId: 'commune', statusBefore: before, statusAfter: after, reason: null, payload: {} });

const submittedOn = (date: string, time: string, over: Partial<Dossier> = {}) =>
  buildDossier({ status: 'submitted', submittedAt: vnAt(date, time), receivedAt: null, dueAt: null, originalDueAt: null, stepIndex: null, ...over });

/** The alerts in a compact, readable form. */
const brief = (a: ReactionAlert) => ({ sla: a.sla, due: vnText(a.dueAt), state: a.state, open: a.open, late: a.lateWorkingMinutes });
const alertsAt = (d: Dossier, events: DossierEvent[], date: string, time: string, overrides: ReactionSlaOverride[] = []) =>
  reactionAlerts({ dossier: d, events, clock, now: vnAt(date, time), overrides });

describe(reactionAlerts.name, () => {
  describe('online dossier: received, refused or sent its supplement notice within 8 working hours', () => {
    const d = submittedOn('2026-02-13', '15:00', { channel: 'online' });
    const submitted = ev('submitted', '2026-02-13', '15:00', null, 'submitted');

    it('is pending and due soon across Tết (Fri 13 Feb 15:00 + 8 working hours = Mon 23 Feb 15:00)', () => {
      const [alert] = alertsAt(d, [submitted], '2026-02-23', '14:00');
      expect(brief(alert)).toEqual({ sla: 'online_check', due: '2026-02-23 15:00', state: 'pending', open: true, late: 0 });
      expect(alert).toMatchObject({ dueSoon: true, remainingWorkingMinutes: 60, kind: 'duty', unitId: 'commune' });
      expect(alertsAt(d, [submitted], '2026-02-13', '16:00')[0]).toMatchObject({ state: 'pending', dueSoon: false, remainingWorkingMinutes: 420 });
    });

    it('is an open breach once the due moment has passed, late in working minutes', () => {
      expect(brief(alertsAt(d, [submitted], '2026-02-23', '16:00')[0])).toEqual({ sla: 'online_check', due: '2026-02-23 15:00', state: 'breached', open: true, late: 60 });
      // After office hours a breach grows in clock minutes, not in working minutes.
      expect(alertsAt(d, [submitted], '2026-02-23', '20:00')[0]).toMatchObject({ lateWorkingMinutes: 120, lateMinutes: 300 });
    });

    it('is met by receipt in time and a closed breach when received late', () => {
      expect(brief(alertsAt(d, [submitted, ev('received', '2026-02-23', '09:00', 'submitted', 'received')], '2026-03-02', '09:00')[0]))
        .toEqual({ sla: 'online_check', due: '2026-02-23 15:00', state: 'met', open: false, late: 0 });
      const late = alertsAt(d, [submitted, ev('refused_at_reception', '2026-02-23', '15:30', 'submitted', 'refused_at_reception')], '2026-03-02', '09:00')[0];
      expect(late).toMatchObject({ state: 'breached', open: false, closedBy: 'refused_at_reception', lateWorkingMinutes: 30 });
    });

    it('counts again from zero when the applicant completes the supplement (Wed 4 Mar 16:00 → Thu 5 Mar 16:00)', () => {
      const x = submittedOn('2026-03-02', '09:00', { channel: 'online' });
      const events = [
        ev('submitted', '2026-03-02', '09:00', null, 'submitted'),
        ev('supplement_requested', '2026-03-02', '14:00', 'submitted', 'waiting_supplement'),
        ev('supplement_completed', '2026-03-04', '16:00', 'waiting_supplement', 'submitted'),
      ];
      expect(alertsAt(x, events, '2026-03-05', '10:00').map(brief)).toEqual([
        { sla: 'online_check', due: '2026-03-03 09:00', state: 'met', open: false, late: 0 },
        { sla: 'online_check', due: '2026-03-05 16:00', state: 'pending', open: true, late: 0 },
      ]);
    });

    it('reports nothing when the applicant withdraws in time', () => {
      const events = [submitted, ev('withdrawn', '2026-02-23', '08:00', 'submitted', 'withdrawn')];
      expect(alertsAt({ ...d, status: 'withdrawn' }, events, '2026-03-02', '09:00')).toEqual([]);
    });
  });

  describe('paper dossier: the supplement slip within 1 working day of submission', () => {
    it('is met when the desk asks for the supplement at the counter, at once', () => {
      const d = submittedOn('2026-03-02', '10:00', { status: 'waiting_supplement' });
      const events = [ev('submitted', '2026-03-02', '10:00', null, 'submitted'), ev('supplement_requested', '2026-03-02', '10:00', 'submitted', 'waiting_supplement')];
      expect(alertsAt(d, events, '2026-03-02', '11:00').map(brief)).toEqual([{ sla: 'paper_supplement_slip', due: '2026-03-03 17:00', state: 'met', open: false, late: 0 }]);
    });

    it('is pending while a postal dossier waits to be checked, then breached when the slip comes Wed 4 Mar 09:00', () => {
      const d = submittedOn('2026-03-02', '10:00', { channel: 'postal' });
      const submitted = ev('submitted', '2026-03-02', '10:00', null, 'submitted');
      expect(brief(alertsAt(d, [submitted], '2026-03-03', '16:00')[0])).toEqual({ sla: 'paper_supplement_slip', due: '2026-03-03 17:00', state: 'pending', open: true, late: 0 });
      const late = alertsAt(d, [submitted, ev('supplement_requested', '2026-03-04', '09:00', 'submitted', 'waiting_supplement')], '2026-03-05', '09:00');
      expect(late[0]).toMatchObject({ state: 'breached', open: false, lateWorkingMinutes: 90, lateMinutes: 16 * 60 });
    });

    it('counts a slip given after receipt but before forwarding, and needs none when the dossier was complete', () => {
      const d = submittedOn('2026-03-02', '10:00', { status: 'received' });
      const received = [ev('submitted', '2026-03-02', '10:00', null, 'submitted'), ev('received', '2026-03-02', '10:00', 'submitted', 'received')];
      expect(alertsAt(d, [...received, ev('forwarded', '2026-03-02', '11:00', 'received', 'processing')], '2026-03-03', '09:00').map((a) => a.sla))
        .not.toContain('paper_supplement_slip');
      const slip = alertsAt(d, [...received, ev('supplement_requested', '2026-03-04', '08:00', 'received', 'waiting_supplement')], '2026-03-05', '09:00');
      expect(slip.find((a) => a.sla === 'paper_supplement_slip')).toMatchObject({ state: 'breached', lateWorkingMinutes: 30 });
    });
  });

  describe('counter dossier: forwarded the same working day, or by the next working morning when received after 15:00', () => {
    const forwarding = (receivedDate: string, receivedTime: string, events: DossierEvent[], now: [string, string]) => {
      const d = submittedOn(receivedDate, receivedTime, { status: 'received', receivedAt: vnAt(receivedDate, receivedTime) });
      const all = [ev('submitted', receivedDate, receivedTime, null, 'submitted'), ev('received', receivedDate, receivedTime, 'submitted', 'received'), ...events];
      return alertsAt(d, all, ...now).filter((a) => a.sla === 'counter_forwarding').map(brief);
    };

    it.each([
      ['2026-03-03', '14:59', '2026-03-03 17:00'],
      ['2026-03-03', '15:00', '2026-03-03 17:00'],
      ['2026-03-06', '15:01', '2026-03-09 11:30'], // Friday after 15:00 → Monday morning
      ['2026-04-29', '15:30', '2026-05-04 11:30'], // 30 Apr – 3 May 2026 off
      ['2026-03-07', '09:00', '2026-03-09 11:30'], // received on a Saturday
    ])('received %s %s → due %s', (date, time, due) => {
      expect(forwarding(date, time, [], [date, time])).toEqual([{ sla: 'counter_forwarding', due, state: 'pending', open: true, late: 0 }]);
    });

    it('is met by the forwarding, breached after the next morning', () => {
      expect(forwarding('2026-03-06', '16:00', [ev('forwarded', '2026-03-09', '08:00', 'received', 'processing')], ['2026-03-09', '09:00'])[0].state).toBe('met');
      expect(forwarding('2026-03-06', '16:00', [], ['2026-03-09', '14:00'])[0]).toEqual({ sla: 'counter_forwarding', due: '2026-03-09 11:30', state: 'breached', open: true, late: 60 });
    });

    it('does not apply to online dossiers (they are passed on electronically)', () => {
      const d = submittedOn('2026-03-06', '16:00', { channel: 'online', status: 'received', receivedAt: vnAt('2026-03-06', '16:00') });
      const events = [ev('submitted', '2026-03-06', '16:00', null, 'submitted'), ev('received', '2026-03-06', '16:00', 'submitted', 'received')];
      expect(alertsAt(d, events, '2026-03-10', '09:00').map((a) => a.sla)).toEqual(['online_check', 'appraisal_return']);
    });
  });

  describe('appraisal-stage return: a supplement asked while processing only within 3 working days of receipt', () => {
    const received = (date: string, time: string) => [ev('submitted', date, time, null, 'submitted'), ev('received', date, time, 'submitted', 'received'), ev('forwarded', date, time, 'received', 'processing')];
    const appraisal = (alerts: ReactionAlert[]) => alerts.filter((a) => a.sla === 'appraisal_return');

    it('shows the window while appraising (Mon 2 Mar 08:00 → Thu 5 Mar 17:00), and nothing once it has passed unused', () => {
      const d = buildDossier();
      expect(appraisal(alertsAt(d, received('2026-03-02', '08:00'), '2026-03-04', '09:00')).map(brief))
        .toEqual([{ sla: 'appraisal_return', due: '2026-03-05 17:00', state: 'pending', open: true, late: 0 }]);
      expect(appraisal(alertsAt(d, received('2026-03-02', '08:00'), '2026-03-04', '09:00'))[0]).toMatchObject({ kind: 'window', unitId: 'commune' });
      expect(appraisal(alertsAt(d, received('2026-03-02', '08:00'), '2026-03-09', '09:00'))).toEqual([]);
    });

    it('is met by an early return, a closed breach by a late one, across Tết (Thu 12 Feb → Tue 24 Feb 17:00)', () => {
      const d = buildDossier({ status: 'waiting_supplement' });
      const early = [...received('2026-02-12', '10:00'), ev('supplement_requested', '2026-02-24', '16:00', 'processing', 'waiting_supplement')];
      expect(appraisal(alertsAt(d, early, '2026-03-02', '09:00')).map(brief)).toEqual([{ sla: 'appraisal_return', due: '2026-02-24 17:00', state: 'met', open: false, late: 0 }]);
      const late = [...received('2026-02-12', '10:00'), ev('supplement_requested', '2026-02-25', '09:00', 'processing', 'waiting_supplement')];
      expect(appraisal(alertsAt(d, late, '2026-03-02', '09:00')).map(brief)).toEqual([{ sla: 'appraisal_return', due: '2026-02-24 17:00', state: 'breached', open: false, late: 90 }]);
    });
  });

  describe('effective dates and overrides', () => {
    it('cites Decree 61/2018 for a dossier submitted on 30 Jun 2025, Decree 118/2025 from 1 Jul 2025', () => {
      const at = (date: string) => alertsAt(submittedOn(date, '09:00', { channel: 'online' }), [ev('submitted', date, '09:00', null, 'submitted')], date, '10:00')[0].legalBasis.en;
      expect(at('2025-06-30')).toMatch(/^Decree 61\/2018/);
      expect(at('2025-07-01')).toMatch(/^Decree 118\/2025/);
      expect(reactionSlasOn('2018-06-20')).toBeNull();
    });

    it('applies a province override to dossiers submitted from its date on, and keeps the old figure for earlier ones', () => {
      const overrides: ReactionSlaOverride[] = [{ effectiveFrom: '2026-03-01', limits: { online_check: { workingHours: 4 }, counter_forwarding: { enabled: false } }, warnWorkingHours: 1 }];
      const online = (date: string) => alertsAt(submittedOn(date, '09:00', { channel: 'online' }), [ev('submitted', date, '09:00', null, 'submitted')], date, '10:00', overrides)[0];
      expect(vnText(online('2026-02-27').dueAt)).toBe('2026-03-02 09:00');
      expect(vnText(online('2026-03-02').dueAt)).toBe('2026-03-02 14:30');
      expect(online('2026-03-02').limit).toEqual({ unit: 'working_hours', value: 4 });
      expect(reactionSlasOn('2026-03-02', overrides)?.limits).toMatchObject({ counter_forwarding: { enabled: false, cutoff: '15:00' }, appraisal_return: { enabled: true, workingDays: 3 } });
    });
  });
});

describe(validateReactionSlaOverrides.name, () => {
  const field = (overrides: unknown[]) => {
    try {
      validateReactionSlaOverrides(overrides as ReactionSlaOverride[]);
      return null;
    } catch (e) {
      return (e as { details?: { field?: string } }).details?.field;
    }
  };

  it('names the offending field', () => {
    expect(field([{ effectiveFrom: '2026-01-01', limits: { online_check: { workingHours: 8 } } }])).toBeNull();
    expect(field([{ effectiveFrom: '2026-02-30', limits: {} }])).toBe('reactionSlas.0.effectiveFrom');
    expect(field([{ effectiveFrom: '2026-01-01', limits: {} }, { effectiveFrom: '2026-01-01', limits: {} }])).toBe('reactionSlas.1.effectiveFrom');
    expect(field([{ effectiveFrom: '2026-01-01', limits: { online_check: { workingHours: 0 } } }])).toBe('reactionSlas.0.limits.online_check.workingHours');
    expect(field([{ effectiveFrom: '2026-01-01', limits: { appraisal_return: { workingDays: 0.3 } } }])).toBe('reactionSlas.0.limits.appraisal_return.workingDays');
    expect(field([{ effectiveFrom: '2026-01-01', limits: { counter_forwarding: { cutoff: '25:00' } } }])).toBe('reactionSlas.0.limits.counter_forwarding.cutoff');
  });
});
