import { describe, expect, it } from 'vitest';
import { buildDossier, testClock as clock, vnAt, vnText } from '../../test-support/dossier-factory.js';
import type { AgencyTask, Consultation, Dossier } from './dossier-types.js';
import { dossierEscalations, escalationEvents, escalationLegalBasis, receivesEscalations, type Escalation } from './escalations.js';

// Tests run with TZ=UTC: every instant below is written in Vietnam time (UTC+7) through vnAt / vnText.
const consultation = (over: Partial<Consultation> = {}): Consultation =>
  ({ id: 'c1', unitId: 'police', question: 'Xác minh nơi cư trú', askedAt: vnAt('2026-03-03', '09:00'), dueAt: vnAt('2026-03-05', '17:00'), answeredAt: null, answer: null, ...over });
const task = (over: Partial<AgencyTask> = {}): AgencyTask => ({
  id: 't1', seq: 0, unitId: 'justice', name: 'Xác minh hộ tịch', workingDays: 3, mode: 'sequential', status: 'open', openedAt: vnAt('2026-03-02', '10:00'),
  dueAt: vnAt('2026-03-05', '17:00'), completedAt: null, completedById: null, completedByName: null, note: null, onTime: null, ...over,
});
const brief = (x: Escalation) => ({ kind: x.kind, subject: x.subjectId, late: x.lateUnitId, to: x.escalatedToUnitId, due: vnText(x.dueAt), lateWorkingMinutes: x.lateWorkingMinutes, recorded: x.recordedAt !== null });
const at = (d: Dossier, date: string, time: string, events = []) => dossierEscalations({ dossier: d, events, clock, now: vnAt(date, time) });
const dossier = (over: Partial<Dossier> = {}) => buildDossier({ receivingUnitId: 'desk', competentUnitId: 'commune', consultations: [consultation()], tasks: [task()], ...over });

describe(dossierEscalations.name, () => {
  it('escalates nothing up to the deadline itself', () => {
    expect(at(dossier(), '2026-03-05', '17:00')).toEqual([]);
  });

  it('escalates an unanswered consultation and an open agency step past their deadlines to the receiving unit, late in working minutes', () => {
    const found = at(dossier(), '2026-03-09', '08:00');
    expect(found.map(brief)).toEqual([
      { kind: 'consultation_overdue', subject: 'c1', late: 'police', to: 'desk', due: '2026-03-05 17:00', lateWorkingMinutes: found[0].lateWorkingMinutes, recorded: false },
      { kind: 'agency_task_overdue', subject: 't1', late: 'justice', to: 'desk', due: '2026-03-05 17:00', lateWorkingMinutes: found[1].lateWorkingMinutes, recorded: false },
    ]);
    // Friday was a whole working day and Monday 08:00 is 30 minutes into the day (office hours from 07:30): 8 h 30 min.
    expect(found[0].lateWorkingMinutes).toBe(8 * 60 + 30);
    expect(found[0]).toMatchObject({ reportedByUnitId: 'commune', subjectName: 'Xác minh nơi cư trú', limit: { unit: 'deadline', value: vnAt('2026-03-05', '17:00') } });
    expect(found[1]).toMatchObject({ subjectName: 'Xác minh hộ tịch', limit: { unit: 'working_days', value: 3 }, lateMinutes: (vnAt('2026-03-09', '08:00') - vnAt('2026-03-05', '17:00')) / 60_000 });
  });

  it('counts lateness in working time only: a weekend adds nothing', () => {
    const friday = at(dossier(), '2026-03-06', '17:00')[0].lateWorkingMinutes;
    expect(at(dossier(), '2026-03-08', '23:00')[0].lateWorkingMinutes).toBe(friday);
  });

  it('drops answered consultations, finished, pending or cancelled steps', () => {
    const d = dossier({
      consultations: [consultation({ answeredAt: vnAt('2026-03-06', '09:00'), answer: 'Đúng' })],
      tasks: [task({ status: 'done_late', completedAt: vnAt('2026-03-06', '09:00') }), task({ id: 't2', seq: 1, status: 'pending', openedAt: null, dueAt: null }), task({ id: 't3', seq: 2, status: 'cancelled' })],
    });
    expect(at(d, '2026-03-10', '09:00')).toEqual([]);
  });

  it('escalates nothing while the dossier waits for a supplement or a payment, or after it ended', () => {
    for (const status of ['waiting_supplement', 'waiting_payment', 'resolved', 'stopped'] as const) expect(at(dossier({ status }), '2026-03-10', '09:00')).toEqual([]);
  });

  it('knows which escalations the log already records, and builds an event for each of the others only', () => {
    const d = dossier();
    const now = vnAt('2026-03-09', '00:45');
    const first = escalationEvents(d, at(d, '2026-03-09', '00:45'), now);
    expect(first.map((e) => [e.type, e.payload.kind, e.payload.subjectId, e.payload.lateUnitId, e.payload.escalatedToUnitId, e.unitId, e.statusBefore, e.statusAfter])).toEqual([
      ['escalated', 'consultation_overdue', 'c1', 'police', 'desk', 'commune', 'processing', 'processing'],
      ['escalated', 'agency_task_overdue', 't1', 'justice', 'desk', 'commune', 'processing', 'processing'],
    ]);
    expect(first[0].payload).not.toHaveProperty('dueAt'); // statistics read `dueAt` of clock events only; keep the name apart
    const later = dossierEscalations({ dossier: d, events: first.slice(0, 1), clock, now: vnAt('2026-03-10', '00:45') });
    expect(later.map((x) => [x.kind, x.recordedAt])).toEqual([['consultation_overdue', now], ['agency_task_overdue', null]]);
    expect(escalationEvents(d, later, vnAt('2026-03-10', '00:45')).map((e) => e.payload.subjectId)).toEqual(['t1']);
  });
});

describe(escalationLegalBasis.name, () => {
  it('cites Decree 61/2018 Art. 19(5) before 1 Jul 2025 and Decree 118/2025 Art. 8(4) after, marking what is unconfirmed', () => {
    expect(escalationLegalBasis('consultation_overdue', '2024-05-01').vi).toContain('Điều 19 khoản 5');
    expect(escalationLegalBasis('agency_task_overdue', '2024-05-01').vi).toContain('chưa được xác nhận');
    expect(escalationLegalBasis('consultation_overdue', '2025-07-01').vi).toContain('Nghị định 118/2025/NĐ-CP, Điều 8 khoản 4');
    expect(escalationLegalBasis('consultation_overdue', '2025-07-01').en).toContain('unconfirmed');
  });
});

describe(receivesEscalations.name, () => {
  it('tells leaders (the head of the One-Stop Unit) and overseers, not desk or unit officers', () => {
    expect(receivesEscalations(['leader'])).toBe(true);
    expect(receivesEscalations(['par_agency', 'unit_officer'])).toBe(true);
    expect(receivesEscalations(['desk_officer', 'unit_officer'])).toBe(false);
  });
});
