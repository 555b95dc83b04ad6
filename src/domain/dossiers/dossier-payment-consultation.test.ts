import { describe, expect, it } from 'vitest';
import { buildContext, buildOpenInput, buildProcedureVersion, buildUnitActor, vnAt, vnText } from '../../test-support/dossier-factory.js';
import { domainErrorOf } from '../../test-support/domain-error.js';
import type { ProcedureVersion } from '../procedures/procedure-types.js';
import { decideDossierAction, type DossierCommand } from './decide-dossier-action.js';
import type { Dossier } from './dossier-types.js';
import { openDossier } from './open-dossier.js';

const payFirst = buildProcedureVersion({ clockStartsAfterPayment: true });
const act = (d: Dossier, cmd: DossierCommand, date: string, time = '09:00', over = {}) => decideDossierAction(d, cmd, buildContext(date, time, over));
/** Received Mon 2 Mar 2026 08:00 (due 9 Mar 17:00 when the clock runs) and forwarded at 08:30. */
const processing = (procedure: ProcedureVersion = buildProcedureVersion()) => {
  const d = openDossier(buildOpenInput({ procedure }), buildContext('2026-03-02', '08:00', { procedure })).dossier;
  return act(d, { type: 'forwarded' }, '2026-03-02', '08:30', { procedure }).next;
};

describe(decideDossierAction.name, () => {
  describe('fees and payment (§1.4 J; requirement 12)', () => {
    it('gives no appointment until the fee is paid when the procedure says the clock starts after payment', () => {
      const opened = openDossier(buildOpenInput({ procedure: payFirst }), buildContext('2026-03-02', '08:00', { procedure: payFirst }));
      expect(opened.dossier).toMatchObject({ status: 'received', receivedAt: vnAt('2026-03-02', '08:00'), dueAt: null, originalDueAt: null });
      expect(opened.events[1].payload).toEqual({ dueAt: null });
    });

    it('then counts the time limit from the payment', () => {
      const over = { procedure: payFirst };
      const waiting = act(processing(payFirst), { type: 'payment_requested', payload: { amountVnd: 8000 } }, '2026-03-02', '09:00', over);
      expect(waiting.next).toMatchObject({ status: 'waiting_payment', waitingSince: vnAt('2026-03-02', '09:00'), resumeStatus: 'processing', dueAt: null });
      expect(waiting.event.payload).toEqual({ amountVnd: 8000 });
      const paid = act(waiting.next, { type: 'paid', payload: { method: 'transfer', onlineFlag: 1, amountVnd: 8000 } }, '2026-03-04', '10:00', over);
      expect(paid.next).toMatchObject({ status: 'processing', waitingSince: null, resumeStatus: null });
      expect(vnText(paid.next.dueAt)).toBe('2026-03-11 17:00');
      expect(paid.next.originalDueAt).toBe(paid.next.dueAt);
      expect(paid.event.payload).toEqual({ method: 'transfer', onlineFlag: 1, amountVnd: 8000, dueAt: paid.next.dueAt });
    });

    it('does not start the clock on a completed supplement while the fee is still unpaid', () => {
      const over = { procedure: payFirst };
      const asked = act(processing(payFirst), { type: 'supplement_requested', reason: 'x', payload: { missing: ['a'] } }, '2026-03-03', '09:00', over).next;
      expect(act(asked, { type: 'supplement_completed' }, '2026-03-04', '09:00', over).next.dueAt).toBeNull();
    });

    it('otherwise pauses the running clock while waiting for payment, and gives back the working time waited', () => {
      const received = openDossier(buildOpenInput(), buildContext('2026-03-02', '08:00')).dossier;
      const waiting = act(received, { type: 'payment_requested' }, '2026-03-03', '07:30').next;
      expect(waiting).toMatchObject({ status: 'waiting_payment', resumeStatus: 'received' });
      const paid = act(waiting, { type: 'paid', payload: { method: 'cash' } }, '2026-03-05', '07:30').next;
      expect(paid).toMatchObject({ status: 'received', originalDueAt: vnAt('2026-03-09', '17:00') });
      expect(vnText(paid.dueAt)).toBe('2026-03-11 17:00');
    });

    it('keeps the appointment when the fee is paid within the same break (no working time waited)', () => {
      const waiting = act(processing(), { type: 'payment_requested' }, '2026-03-06', '17:00').next;
      expect(act(waiting, { type: 'paid' }, '2026-03-09', '07:00').next.dueAt).toBe(vnAt('2026-03-09', '17:00'));
    });

    it('lets the competent agency ask for the fee, but only the one-stop desk record the payment', () => {
      const officer = buildUnitActor(['unit_officer'], ['commune']);
      const waiting = act(processing(), { type: 'payment_requested' }, '2026-03-03', '09:00', { actor: officer }).next;
      expect(domainErrorOf(() => act(waiting, { type: 'paid' }, '2026-03-04', '09:00', { actor: officer }))).toMatchObject({ code: 'NOT_ALLOWED', details: { requiredRoles: ['desk_officer'] } });
      expect(domainErrorOf(() => act(waiting, { type: 'forwarded' }, '2026-03-04')).code).toBe('INVALID_TRANSITION');
    });

    it('cannot ask for payment before reception or while waiting for a supplement', () => {
      const submitted = openDossier(buildOpenInput({ channel: 'online', decision: 'submit' }), buildContext('2026-03-02')).dossier;
      expect(domainErrorOf(() => act(submitted, { type: 'payment_requested' }, '2026-03-02')).code).toBe('INVALID_TRANSITION');
      const asked = act(processing(), { type: 'supplement_requested', reason: 'x', payload: { missing: ['a'] } }, '2026-03-03').next;
      expect(domainErrorOf(() => act(asked, { type: 'payment_requested' }, '2026-03-03')).code).toBe('INVALID_TRANSITION');
    });
  });

  describe('consultations with other agencies (§1.4 E5; requirement 11)', () => {
    const ask = (d: Dossier, id: string, dueAt: unknown, date = '2026-03-03') =>
      act(d, { type: 'consultation_requested', payload: { unitId: 'police', question: 'Xác minh nơi cư trú', dueAt } }, date, '09:00', { newId: () => id });

    it('records the question, the agency asked and its deadline', () => {
      const { next, event } = ask(processing(), 'c1', vnAt('2026-03-05', '17:00'));
      expect(next.status).toBe('processing');
      expect(next.consultations).toEqual([{ id: 'c1', unitId: 'police', question: 'Xác minh nơi cư trú', dueAt: vnAt('2026-03-05', '17:00'), askedAt: vnAt('2026-03-03', '09:00'), answeredAt: null, answer: null }]);
      expect(event.payload).toEqual({ consultationId: 'c1', unitId: 'police', question: 'Xác minh nơi cư trú', dueAt: vnAt('2026-03-05', '17:00') });
    });

    it('accepts the deadline as an ISO date-time and refuses a missing agency, question or deadline', () => {
      expect(ask(processing(), 'c1', '2026-03-05T17:00:00+07:00').next.consultations[0].dueAt).toBe(vnAt('2026-03-05', '17:00'));
      expect(domainErrorOf(() => ask(processing(), 'c1', 'next week')).field).toBe('payload.dueAt');
      expect(domainErrorOf(() => ask(processing(), 'c1', undefined)).field).toBe('payload.dueAt');
      expect(domainErrorOf(() => act(processing(), { type: 'consultation_requested', payload: { unitId: 'police', question: ' ', dueAt: vnAt('2026-03-05', '17:00') } }, '2026-03-03')).field).toBe('payload.question');
      expect(domainErrorOf(() => act(processing(), { type: 'consultation_requested', payload: { question: 'q', dueAt: vnAt('2026-03-05', '17:00') } }, '2026-03-03')).field).toBe('payload.unitId');
    });

    it('records an answer, flagging it late only after the deadline', () => {
      const asked = ask(ask(processing(), 'c1', vnAt('2026-03-05', '17:00')).next, 'c2', vnAt('2026-03-04', '17:00')).next;
      const first = act(asked, { type: 'consultation_answered', payload: { consultationId: 'c1', answer: 'Đúng nơi cư trú' } }, '2026-03-05', '17:00');
      expect(first.event.payload).toEqual({ consultationId: 'c1', answer: 'Đúng nơi cư trú', late: false });
      expect(first.next.consultations[0]).toMatchObject({ answeredAt: vnAt('2026-03-05', '17:00'), answer: 'Đúng nơi cư trú' });
      expect(first.next.consultations[1]).toMatchObject({ answeredAt: null });
      const second = act(first.next, { type: 'consultation_answered', payload: { consultationId: 'c2', answer: 'Đồng ý' } }, '2026-03-05', '17:00');
      expect(second.event.payload).toMatchObject({ late: true });
    });

    it('refuses an answer to an unknown or already answered consultation, or an empty answer', () => {
      const asked = ask(processing(), 'c1', vnAt('2026-03-05', '17:00')).next;
      expect(domainErrorOf(() => act(asked, { type: 'consultation_answered', payload: { consultationId: 'nope', answer: 'x' } }, '2026-03-04'))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'payload.consultationId' } });
      expect(domainErrorOf(() => act(asked, { type: 'consultation_answered', payload: { consultationId: 'c1', answer: '' } }, '2026-03-04')).field).toBe('payload.answer');
      const answered = act(asked, { type: 'consultation_answered', payload: { consultationId: 'c1', answer: 'ok' } }, '2026-03-04').next;
      expect(domainErrorOf(() => act(answered, { type: 'consultation_answered', payload: { consultationId: 'c1', answer: 'again' } }, '2026-03-04')).field).toBe('payload.consultationId');
    });

    it('is possible only while the dossier is being processed', () => {
      const received = openDossier(buildOpenInput(), buildContext('2026-03-02', '08:00')).dossier;
      expect(domainErrorOf(() => ask(received, 'c1', vnAt('2026-03-05', '17:00'))).code).toBe('INVALID_TRANSITION');
    });
  });
});
