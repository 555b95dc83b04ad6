import { describe, expect, it } from 'vitest';
import { buildContext, buildOpenInput, buildProcedureVersion, buildUnitActor, vnAt, vnText } from '../../test-support/dossier-factory.js';
import { domainErrorOf } from '../../test-support/domain-error.js';
import { decideDossierAction, type DossierCommand } from './decide-dossier-action.js';
import { DOSSIER_ACTIONS } from './dossier-actions.js';
import type { Dossier, DossierEvent } from './dossier-types.js';
import { openDossier } from './open-dossier.js';

/** The provincial centre (pasc) receives; the commune decides; so every event shows which of the two acted. */
const procedure = buildProcedureVersion({ receivingUnitIds: ['pasc'], competentUnitIds: ['commune'] });
const staff = buildUnitActor(['desk_officer', 'unit_officer', 'leader'], ['pasc', 'commune']);
const at = (date: string, time = '09:00', over = {}) => buildContext(date, time, { procedure, actor: staff, ...over });
const receive = (date = '2026-03-02', time = '08:00') => openDossier(buildOpenInput({ procedure, receivingUnitId: 'pasc' }), at(date, time));
const act = (d: Dossier, cmd: DossierCommand, date: string, time = '09:00', over = {}) => decideDossierAction(d, cmd, at(date, time, over));
const forwarded = () => act(receive().dossier, { type: 'forwarded' }, '2026-03-02', '08:30').next;

describe(decideDossierAction.name, () => {
  describe('a dossier from reception to delivery (Decree 61/2018 Arts. 17–20)', () => {
    it('moves received → processing → result ready → delivered, recording each step with its payload', () => {
      const opened = receive();
      const log: DossierEvent[] = [...opened.events];
      let d = opened.dossier;
      const run = (cmd: DossierCommand, date: string, time: string) => {
        const { next, event } = act(d, cmd, date, time);
        expect(next.version).toBe(d.version + 1);
        log.push(event);
        d = next;
        return event;
      };
      expect(vnText(d.dueAt)).toBe('2026-03-09 17:00');
      expect(run({ type: 'forwarded' }, '2026-03-02', '08:30').payload).toEqual({ step: 'appraise' });
      expect(d).toMatchObject({ status: 'processing', stepIndex: 1 });
      expect(run({ type: 'assigned', payload: { assigneeId: '00000000-0000-4000-8000-000000000002', assigneeName: 'Lê Thị B' } }, '2026-03-02', '09:00').payload).toEqual({ assigneeId: '00000000-0000-4000-8000-000000000002', assigneeName: 'Lê Thị B' });
      expect(d.assigneeId).toBe('00000000-0000-4000-8000-000000000002');
      expect(run({ type: 'step_completed', payload: { note: 'Đủ điều kiện', assigneeId: '00000000-0000-4000-8000-000000000003' } }, '2026-03-04', '10:00').payload)
        .toEqual({ fromStep: 'appraise', toStep: 'approve', assigneeId: '00000000-0000-4000-8000-000000000003', note: 'Đủ điều kiện' });
      expect(run({ type: 'step_completed' }, '2026-03-05', '10:00').payload).toEqual({ fromStep: 'approve', toStep: 'result', assigneeId: null, note: null });
      expect(d).toMatchObject({ stepIndex: 3, assigneeId: null });
      expect(run({ type: 'resolved', payload: { note: 'Đã cấp giấy khai sinh' } }, '2026-03-05', '14:00').payload)
        .toEqual({ outcome: 'approved', note: 'Đã cấp giấy khai sinh', onTime: true });
      expect(d).toMatchObject({ status: 'resolved', outcome: 'approved', endedAt: vnAt('2026-03-05', '14:00'), stepIndex: null, resultNote: 'Đã cấp giấy khai sinh' });
      expect(run({ type: 'delivered' }, '2026-03-06', '09:00').payload).toEqual({ early: true });
      expect(d).toMatchObject({ status: 'delivered', deliveredAt: vnAt('2026-03-06', '09:00'), endedAt: vnAt('2026-03-05', '14:00'), version: 7 });

      expect(log.map((e) => [e.type, e.statusBefore, e.statusAfter, e.unitId])).toEqual([
        ['submitted', null, 'submitted', 'pasc'],
        ['received', 'submitted', 'received', 'pasc'],
        ['forwarded', 'received', 'processing', 'pasc'],
        ['assigned', 'processing', 'processing', 'commune'],
        ['step_completed', 'processing', 'processing', 'commune'],
        ['step_completed', 'processing', 'processing', 'commune'],
        ['resolved', 'processing', 'resolved', 'commune'],
        ['delivered', 'resolved', 'delivered', 'pasc'],
      ]);
    });

    it('gives every event its moment, actor, unit (the spec\'s), statuses and reason', () => {
      const d = forwarded();
      const cases: Array<[DossierCommand, string]> = [
        [{ type: 'assigned', payload: { assigneeId: '00000000-0000-4000-8000-000000000002' } }, '2026-03-03'],
        [{ type: 'supplement_requested', reason: '  Thiếu bản sao  ', payload: { missing: ['Bản sao'] } }, '2026-03-03'],
        [{ type: 'payment_requested', payload: { amountVnd: 8000 } }, '2026-03-03'],
        [{ type: 'extension_requested', reason: 'Cần xác minh', payload: { newDueAt: vnAt('2026-03-13', '17:00') } }, '2026-03-03'],
        [{ type: 'stopped', reason: 'Không đủ điều kiện' }, '2026-03-03'],
        [{ type: 'withdrawn', reason: 'Công dân xin rút' }, '2026-03-03'],
      ];
      for (const [cmd, date] of cases) {
        const { next, event } = act(d, cmd, date, '10:15');
        const spec = DOSSIER_ACTIONS[cmd.type];
        expect(event).toMatchObject({ type: cmd.type, at: vnAt(date, '10:15'), actorId: staff.userId, actorName: staff.name, statusBefore: 'processing', statusAfter: next.status });
        expect(event.unitId).toBe(spec.unit === 'receiving' ? 'pasc' : 'commune');
        expect(event.reason).toBe(cmd.reason?.trim() ?? null);
      }
    });

    it('keeps a reason given to an action that does not need one', () => {
      expect(act(receive().dossier, { type: 'forwarded', reason: ' Chuyển gấp ' }, '2026-03-02').event.reason).toBe('Chuyển gấp');
    });

    it('reports a result after the appointment as late, and a delivery after it as not early', () => {
      const late = act(forwarded(), { type: 'resolved' }, '2026-03-10', '09:00');
      expect(late.event.payload).toMatchObject({ onTime: false });
      expect(act(late.next, { type: 'delivered' }, '2026-03-11').event.payload).toEqual({ early: false });
      expect(act(forwarded(), { type: 'resolved' }, '2026-03-09', '17:00').event.payload).toMatchObject({ onTime: true });
    });

    it('records a reasoned refusal after appraisal as a result (outcome refused), only by a leader and with a reason', () => {
      const d = forwarded();
      expect(domainErrorOf(() => act(d, { type: 'refused' }, '2026-03-04'))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'reason' } });
      expect(domainErrorOf(() => act(d, { type: 'refused', reason: 'x' }, '2026-03-04', '09:00', { actor: buildUnitActor(['unit_officer'], ['commune']) }))).toMatchObject({ code: 'NOT_ALLOWED' });
      const { next, event } = act(d, { type: 'refused', reason: 'Người yêu cầu không thuộc diện được cấp' }, '2026-03-04');
      expect(next).toMatchObject({ status: 'resolved', outcome: 'refused', resultNote: 'Người yêu cầu không thuộc diện được cấp', endedAt: vnAt('2026-03-04', '09:00') });
      expect(event).toMatchObject({ statusAfter: 'resolved', payload: { outcome: 'refused', onTime: true } });
      expect(act(next, { type: 'delivered' }, '2026-03-05').next.status).toBe('delivered');
    });

    it('refuses to move past the last step: the result must be recorded instead', () => {
      let d = forwarded();
      d = act(d, { type: 'step_completed' }, '2026-03-03').next;
      d = act(d, { type: 'step_completed' }, '2026-03-03').next;
      expect(domainErrorOf(() => act(d, { type: 'step_completed' }, '2026-03-03'))).toMatchObject({ code: 'INVALID_TRANSITION', details: { allowedActions: ['resolved', 'refused'] } });
    });

    it('starts a one-step procedure at that step, which is then the last', () => {
      const single = buildProcedureVersion({ steps: [{ code: 'all', name: 'Giải quyết', role: 'unit_officer', sharePercent: 100 }] });
      const d0 = openDossier(buildOpenInput({ procedure: single }), buildContext('2026-03-02', '08:00', { procedure: single })).dossier;
      const d1 = decideDossierAction(d0, { type: 'forwarded' }, buildContext('2026-03-02', '08:30', { procedure: single }));
      expect(d1.next.stepIndex).toBe(0);
      expect(d1.event.payload).toEqual({ step: 'all' });
      expect(domainErrorOf(() => decideDossierAction(d1.next, { type: 'step_completed' }, buildContext('2026-03-02', '09:00', { procedure: single }))).code).toBe('INVALID_TRANSITION');
    });
  });

  describe('returning a dossier to the previous step', () => {
    it('is refused at the first processing step', () => {
      expect(domainErrorOf(() => act(forwarded(), { type: 'returned', reason: 'Xem lại' }, '2026-03-03'))).toMatchObject({ code: 'INVALID_TRANSITION', details: { status: 'processing' } });
    });

    it('goes back one step, unassigned, with a reason', () => {
      const d = act(forwarded(), { type: 'step_completed', payload: { assigneeId: '00000000-0000-4000-8000-000000000003' } }, '2026-03-03').next;
      expect(domainErrorOf(() => act(d, { type: 'returned' }, '2026-03-04')).field).toBe('reason');
      const { next, event } = act(d, { type: 'returned', reason: 'Thẩm định lại' }, '2026-03-04');
      expect(next).toMatchObject({ status: 'processing', stepIndex: 1, assigneeId: null });
      expect(event).toMatchObject({ reason: 'Thẩm định lại', payload: { fromStep: 'approve', toStep: 'appraise' } });
    });
  });

  describe('asking for a supplement (requirement 7)', () => {
    it('records whether the request came within 3 working days of receipt (Decree 61/2018 Art. 19(4))', () => {
      const ask = (date: string) => act(forwarded(), { type: 'supplement_requested', reason: 'x', payload: { missing: ['a'] } }, date, '16:00', { actor: buildUnitActor(['unit_officer'], ['commune']) }).event.payload;
      expect(ask('2026-03-05')).toMatchObject({ withinThreeWorkingDays: true, atReception: false, missing: ['a'], legalBasis: null });
      expect(ask('2026-03-06')).toMatchObject({ withinThreeWorkingDays: false });
    });

    it('must list, once and completely, what is missing', () => {
      for (const missing of [undefined, [], ['  '], 'Bản sao']) {
        expect(domainErrorOf(() => act(forwarded(), { type: 'supplement_requested', reason: 'x', payload: { missing } }, '2026-03-03')).field).toBe('payload.missing');
      }
    });

    it('returns the dossier to the status it was asked from, with a restarted appointment', () => {
      const asked = act(receive().dossier, { type: 'supplement_requested', reason: 'x', payload: { missing: ['a'] } }, '2026-03-02', '10:00').next;
      expect(asked).toMatchObject({ status: 'waiting_supplement', resumeStatus: 'received', waitingSince: vnAt('2026-03-02', '10:00') });
      const { next, event } = act(asked, { type: 'supplement_completed' }, '2026-03-04', '10:00');
      expect(next).toMatchObject({ status: 'received', waitingSince: null, resumeStatus: null, originalDueAt: vnAt('2026-03-09', '17:00') });
      expect(event.payload).toEqual({ dueAt: vnAt('2026-03-11', '17:00'), clock: 'restart', waitedFrom: vnAt('2026-03-02', '10:00') });
    });

    it('does not let an officer\'s legal basis stand in for a leader\'s approval of a second request', () => {
      let d = act(forwarded(), { type: 'supplement_requested', reason: 'x', payload: { missing: ['a'] } }, '2026-03-03').next;
      d = act(d, { type: 'supplement_completed' }, '2026-03-04').next;
      const officer = buildUnitActor(['unit_officer', 'desk_officer'], ['pasc', 'commune']);
      const second = { type: 'supplement_requested' as const, reason: 'y', payload: { missing: ['b'], legalBasis: 'Luật Hộ tịch, Điều 16' } };
      expect(domainErrorOf(() => act(d, second, '2026-03-05', '09:00', { actor: officer }))).toMatchObject({ code: 'CONFLICT', details: { rule: 'supplement_once' } });
      expect(domainErrorOf(() => act(d, { ...second, payload: { missing: ['b'], legalBasis: '  ' } }, '2026-03-05')).code).toBe('CONFLICT');
      expect(act(d, second, '2026-03-05').event.payload).toMatchObject({ legalBasis: 'Luật Hộ tịch, Điều 16' });
    });
  });

  describe('purity', () => {
    it('never changes the dossier it is given, whether it decides or refuses', () => {
      const d = act(forwarded(), { type: 'consultation_requested', payload: { unitId: 'police', question: 'q', dueAt: vnAt('2026-03-05', '17:00') } }, '2026-03-03').next;
      const before = structuredClone(d);
      act(d, { type: 'consultation_answered', payload: { consultationId: d.consultations[0].id, answer: 'ok' } }, '2026-03-04');
      act(d, { type: 'supplement_requested', reason: 'x', payload: { missing: ['a'] } }, '2026-03-04');
      act(d, { type: 'resolved' }, '2026-03-04');
      domainErrorOf(() => act(d, { type: 'delivered' }, '2026-03-04'));
      domainErrorOf(() => act(d, { type: 'returned', reason: 'x' }, '2026-03-04'));
      expect(d).toEqual(before);
    });
  });
});
