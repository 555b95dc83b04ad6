import { describe, expect, it } from 'vitest';
import { buildActor, buildContext, buildDossier, buildOpenInput, buildUnitActor, systemActor, vnAt } from '../../test-support/dossier-factory.js';
import { domainErrorOf } from '../../test-support/domain-error.js';
import { allowedActions, decideDossierAction, type DossierActor, type DossierCommand } from './decide-dossier-action.js';
import { DOSSIER_ACTION_TYPES, DOSSIER_ACTIONS, type DossierActionType } from './dossier-actions.js';
import { STATUS_CODES, type Dossier, type DossierStatus } from './dossier-types.js';
import { openDossier } from './open-dossier.js';

const act = (d: Dossier, cmd: DossierCommand, date = '2026-03-04', time = '09:00', over = {}) => decideDossierAction(d, cmd, buildContext(date, time, over));
const as = (actor: DossierActor) => ({ actor });
const citizen = buildUnitActor(['citizen'], []);
const missingA = { missing: ['Giấy chứng sinh'] };

/** Real dossiers in each open status, walked through the lifecycle from Mon 2 Mar 2026. */
const OPEN_DOSSIERS: Record<string, () => Dossier> = {
  'submitted online': () => openDossier(buildOpenInput({ channel: 'online', decision: 'submit' }), buildContext('2026-03-02', '08:00')).dossier,
  'waiting for a supplement asked at reception': () => openDossier(buildOpenInput({ decision: 'request_supplement', components: [{ code: 'TK', status: 'submitted' }] }), buildContext('2026-03-02', '08:00')).dossier,
  received: () => openDossier(buildOpenInput(), buildContext('2026-03-02', '08:00')).dossier,
  processing: () => act(OPEN_DOSSIERS.received(), { type: 'forwarded' }, '2026-03-02', '08:30').next,
  'waiting for a supplement': () => act(OPEN_DOSSIERS.processing(), { type: 'supplement_requested', reason: 'x', payload: missingA }, '2026-03-03').next,
  'waiting for payment': () => act(OPEN_DOSSIERS.processing(), { type: 'payment_requested' }, '2026-03-03').next,
};

describe(decideDossierAction.name, () => {
  describe('the state machine', () => {
    const cases = (Object.keys(STATUS_CODES) as DossierStatus[]).flatMap((status) =>
      DOSSIER_ACTION_TYPES.filter((type) => !(DOSSIER_ACTIONS[type].from as readonly string[]).includes(status)).map((type) => [status, type] as const));

    it.each(cases)('refuses, while %s, the action %s (not in the table), naming the allowed ones', (status, type) => {
      const d = buildDossier({ status, resumeStatus: status.startsWith('waiting') ? 'processing' : null });
      const error = domainErrorOf(() => act(d, { type, reason: 'lý do', payload: {} }, '2026-03-04', '09:00', as(systemActor)));
      expect(error).toMatchObject({ code: 'INVALID_TRANSITION', details: { status, allowedActions: allowedActions(d, systemActor) } });
    });

    it.each(['teleport', 'toString', 'constructor', '__proto__'])('refuses the unknown action %j as invalid input', (type) => {
      expect(domainErrorOf(() => act(buildDossier(), { type: type as DossierActionType }))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'type' } });
    });
  });

  describe('withdrawal (status 7) and stopping (status 8) while no decision is issued (requirement 10)', () => {
    it.each(Object.keys(OPEN_DOSSIERS))('lets the applicant withdraw a dossier %s, ending processing only if it had been received', (name) => {
      const d = OPEN_DOSSIERS[name]();
      const { next, event } = act(d, { type: 'withdrawn', reason: 'Công dân xin rút hồ sơ' }, '2026-03-04', '10:00');
      expect(next).toMatchObject({ status: 'withdrawn', stepIndex: null, waitingSince: null, endedAt: d.receivedAt === null ? null : vnAt('2026-03-04', '10:00') });
      expect(event).toMatchObject({ statusBefore: d.status, statusAfter: 'withdrawn', reason: 'Công dân xin rút hồ sơ', payload: { noticeForm: '05' } });
    });

    it.each(Object.keys(OPEN_DOSSIERS))('lets a leader stop a dossier %s, which ends it (processing only if it was received)', (name) => {
      const d = OPEN_DOSSIERS[name]();
      const { next, event } = act(d, { type: 'stopped', reason: 'Không đủ điều kiện giải quyết' }, '2026-03-04', '10:00');
      expect(next).toMatchObject({ status: 'stopped', stepIndex: null, waitingSince: null, endedAt: d.receivedAt === null ? null : vnAt('2026-03-04', '10:00') });
      expect(event).toMatchObject({ statusAfter: 'stopped', payload: { noticeForm: '05' } });
    });

    it('needs a reason for both', () => {
      expect(domainErrorOf(() => act(OPEN_DOSSIERS.processing(), { type: 'withdrawn' })).field).toBe('reason');
      expect(domainErrorOf(() => act(OPEN_DOSSIERS.processing(), { type: 'stopped', reason: ' ' })).field).toBe('reason');
    });

    it('is refused once a result or a refusal is issued, and after delivery', () => {
      const resolved = act(OPEN_DOSSIERS.processing(), { type: 'resolved' }).next;
      const refused = act(OPEN_DOSSIERS.processing(), { type: 'refused', reason: 'Không đủ điều kiện' }).next;
      const delivered = act(resolved, { type: 'delivered' }).next;
      for (const d of [resolved, refused, delivered]) {
        for (const type of ['withdrawn', 'stopped'] as const) expect(domainErrorOf(() => act(d, { type, reason: 'x' })).code).toBe('INVALID_TRANSITION');
      }
    });

    it('lets only a leader stop, and a desk officer or the applicant withdraw', () => {
      const d = OPEN_DOSSIERS.processing();
      expect(domainErrorOf(() => act(d, { type: 'stopped', reason: 'x' }, '2026-03-04', '09:00', as(buildActor(['desk_officer', 'unit_officer'])))).code).toBe('NOT_ALLOWED');
      expect(domainErrorOf(() => act(d, { type: 'withdrawn', reason: 'x' }, '2026-03-04', '09:00', as(buildActor(['leader', 'unit_officer'])))).code).toBe('NOT_ALLOWED');
      expect(act(d, { type: 'withdrawn', reason: 'x' }, '2026-03-04', '09:00', as(citizen)).next.status).toBe('withdrawn');
    });
  });

  describe('automatic closing of a dossier never completed (requirement 8)', () => {
    it('is taken only by the system, never by a user, whatever their roles', () => {
      const d = OPEN_DOSSIERS['waiting for a supplement']();
      expect(domainErrorOf(() => act(d, { type: 'auto_closed', reason: 'Quá 15 ngày làm việc' }))).toMatchObject({ code: 'NOT_ALLOWED' });
      const { next, event } = act(d, { type: 'auto_closed', reason: 'Quá 15 ngày làm việc' }, '2026-03-25', '00:05', as(systemActor));
      expect(next).toMatchObject({ status: 'stopped', endedAt: vnAt('2026-03-25', '00:05'), waitingSince: null });
      expect(event).toMatchObject({ type: 'auto_closed', actorId: null, actorName: 'system', statusBefore: 'waiting_supplement', statusAfter: 'stopped', reason: 'Quá 15 ngày làm việc' });
    });

    it('needs a reason, starts only from waiting for a supplement, and is never offered as an action', () => {
      expect(domainErrorOf(() => act(OPEN_DOSSIERS['waiting for a supplement'](), { type: 'auto_closed' }, '2026-03-25', '09:00', as(systemActor))).field).toBe('reason');
      expect(domainErrorOf(() => act(OPEN_DOSSIERS.processing(), { type: 'auto_closed', reason: 'x' }, '2026-03-25', '09:00', as(systemActor))).code).toBe('INVALID_TRANSITION');
      expect(allowedActions(OPEN_DOSSIERS['waiting for a supplement'](), systemActor)).not.toContain('auto_closed');
    });

    it('closes a dossier asked for a supplement at reception too', () => {
      const next = act(OPEN_DOSSIERS['waiting for a supplement asked at reception'](), { type: 'auto_closed', reason: 'Quá hạn bổ sung' }, '2026-03-25', '09:00', as(systemActor)).next;
      expect(next).toMatchObject({ status: 'stopped', receivedAt: null, endedAt: null });
    });
  });

  describe('roles and scope', () => {
    it('lets a citizen complete their supplement and withdraw, even with no unit scope, and nothing else', () => {
      const waiting = OPEN_DOSSIERS['waiting for a supplement']();
      expect(allowedActions(waiting, citizen)).toEqual(['supplement_completed', 'withdrawn']);
      expect(act(waiting, { type: 'supplement_completed' }, '2026-03-04', '09:00', as(citizen)).next.status).toBe('processing');
      expect(allowedActions(OPEN_DOSSIERS.processing(), citizen)).toEqual(['withdrawn']);
      for (const [d, type] of [[OPEN_DOSSIERS['submitted online'](), 'received'], [OPEN_DOSSIERS.received(), 'forwarded'], [OPEN_DOSSIERS.processing(), 'resolved'], [waiting, 'extension_requested']] as const) {
        expect(domainErrorOf(() => act(d, { type, reason: 'x' }, '2026-03-04', '09:00', as(citizen))).code).toBe('NOT_ALLOWED');
      }
    });

    it('offers each role of the unit its own actions on a dossier being processed', () => {
      const d = OPEN_DOSSIERS.processing();
      expect(allowedActions(d, buildActor(['desk_officer']))).toEqual(['step_completed', 'supplement_requested', 'payment_requested', 'withdrawn']);
      expect(allowedActions(d, buildActor(['unit_officer']))).toEqual(['assigned', 'step_completed', 'returned', 'consultation_requested', 'consultation_answered', 'supplement_requested', 'payment_requested', 'extension_requested', 'resolved']);
      expect(allowedActions(d, buildActor(['leader']))).toEqual(['assigned', 'step_completed', 'returned', 'consultation_requested', 'consultation_answered', 'supplement_requested', 'payment_requested', 'extension_requested', 'extension_approved', 'extension_rejected', 'resolved', 'refused', 'stopped']);
    });

    it('offers nothing to an officer outside the dossier\'s units and refuses them with the roles required', () => {
      const outsider = buildUnitActor(['desk_officer', 'unit_officer', 'leader'], ['other-commune']);
      expect(allowedActions(OPEN_DOSSIERS.processing(), outsider)).toEqual([]);
      expect(domainErrorOf(() => act(OPEN_DOSSIERS.processing(), { type: 'resolved' }, '2026-03-04', '09:00', as(outsider)))).toMatchObject({ code: 'NOT_ALLOWED', details: { requiredRoles: ['unit_officer', 'leader'] } });
    });

    it('does not let a leader outside the unit approve an apology, but lets the unit\'s leader', () => {
      const pending = act(OPEN_DOSSIERS.processing(), { type: 'extension_requested', reason: 'Cần xác minh', payload: { newDueAt: vnAt('2026-03-13', '17:00') } }, '2026-03-05').next;
      expect(domainErrorOf(() => act(pending, { type: 'extension_approved' }, '2026-03-05', '10:00', as(buildUnitActor(['leader'], ['other-commune'])))).code).toBe('NOT_ALLOWED');
      expect(domainErrorOf(() => act(pending, { type: 'extension_approved' }, '2026-03-05', '10:00', as(buildUnitActor(['unit_officer'], ['commune'])))).code).toBe('NOT_ALLOWED');
      expect(act(pending, { type: 'extension_approved' }, '2026-03-05', '10:00', as(buildUnitActor(['leader'], ['commune']))).next.extendedDueAt).toBe(vnAt('2026-03-13', '17:00'));
    });

    // Each action needs the scope of its own unit (dossier-actions.ts): decisions the competent agency's, delivery the desk's.
    it('does not let a leader of only the receiving desk take the competent agency\'s decisions', () => {
      const d = buildDossier({ receivingUnitId: 'pasc', receptionUnitId: 'pasc', competentUnitId: 'commune' });
      const pascLeader = buildUnitActor(['leader'], ['pasc']);
      expect(domainErrorOf(() => act(d, { type: 'refused', reason: 'x' }, '2026-03-04', '09:00', as(pascLeader))).code).toBe('NOT_ALLOWED');
    });

    it('does not let a desk officer of only the competent agency deliver the receiving desk\'s result', () => {
      const d = buildDossier({ status: 'resolved', receivingUnitId: 'pasc', receptionUnitId: 'pasc', competentUnitId: 'commune', stepIndex: null, endedAt: vnAt('2026-03-04', '09:00') });
      expect(domainErrorOf(() => act(d, { type: 'delivered' }, '2026-03-05', '09:00', as(buildUnitActor(['desk_officer'], ['commune'])))).code).toBe('NOT_ALLOWED');
    });
  });
});
