import { describe, expect, it } from 'vitest';
import { buildActor, buildContext, buildOpenInput, buildProcedureVersion } from '../../test-support/dossier-factory.js';
import { domainErrorOf } from '../../test-support/domain-error.js';
import { localToInstant } from '../shared/local-date.js';
import { decideDossierAction, type DossierCommand } from './decide-dossier-action.js';
import type { Dossier } from './dossier-types.js';
import { openDossier } from './open-dossier.js';

const vn = (date: string, time: string) => { const [h, m] = time.split(':').map(Number); return localToInstant(date, h * 60 + m); };
const act = (d: Dossier, cmd: DossierCommand, date: string, time = '09:00', over = {}) => decideDossierAction(d, cmd, buildContext(date, time, over)).next;
const received = () => openDossier(buildOpenInput(), buildContext('2026-02-13', '10:00')).dossier;

describe(decideDossierAction.name, () => {
  it('restarts the time limit from zero when a requested supplement is completed', () => {
    let d = act(received(), { type: 'forwarded' }, '2026-02-13', '10:30');
    d = act(d, { type: 'supplement_requested', reason: 'Thiếu bản sao', payload: { missing: ['Bản sao giấy tờ tùy thân'] } }, '2026-02-24');
    expect(d.status).toBe('waiting_supplement');
    d = act(d, { type: 'supplement_completed' }, '2026-03-02', '14:00');
    expect(d.status).toBe('processing');
    expect(d.dueAt).toBe(vn('2026-03-09', '17:00'));
    expect(d.originalDueAt).toBe(vn('2026-02-27', '17:00'));
  });

  it('refuses a second supplement request unless a leader cites the legal basis', () => {
    let d = act(received(), { type: 'forwarded' }, '2026-02-13', '10:30');
    d = act(d, { type: 'supplement_requested', reason: 'x', payload: { missing: ['a'] } }, '2026-02-24');
    d = act(d, { type: 'supplement_completed' }, '2026-02-25');
    const second = { type: 'supplement_requested' as const, reason: 'y', payload: { missing: ['b'] } };
    expect(domainErrorOf(() => act(d, second, '2026-02-26'))).toMatchObject({ code: 'CONFLICT', details: { rule: 'supplement_once' } });
    expect(act(d, { ...second, payload: { missing: ['b'], legalBasis: 'Luật Hộ tịch, Điều 16' } }, '2026-02-26').supplementCount).toBe(2);
  });

  it('keeps the original appointment for reports when an apology re-dates the dossier, and allows it once', () => {
    let d = act(received(), { type: 'forwarded' }, '2026-02-13', '10:30');
    d = act(d, { type: 'extension_requested', reason: 'Cần xác minh thêm', payload: { newDueAt: vn('2026-03-06', '17:00') } }, '2026-02-26');
    d = act(d, { type: 'extension_approved' }, '2026-02-26', '10:00');
    expect(d.extendedDueAt).toBe(vn('2026-03-06', '17:00'));
    expect(d.dueAt).toBe(vn('2026-02-27', '17:00'));
    expect(domainErrorOf(() => act(d, { type: 'extension_requested', reason: 'lần 2', payload: { newDueAt: vn('2026-03-13', '17:00') } }, '2026-03-05'))).toMatchObject({ code: 'CONFLICT', details: { rule: 'extension_once' } });
  });

  it('blocks silent progress on an overdue dossier without an apology', () => {
    const d = act(received(), { type: 'forwarded' }, '2026-02-13', '10:30');
    expect(domainErrorOf(() => act(d, { type: 'step_completed' }, '2026-03-02'))).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(act(d, { type: 'resolved', payload: { note: 'Đã cấp' } }, '2026-03-02').status).toBe('resolved');
  });

  it('answers an illegal transition with the current status and the allowed actions', () => {
    const d = act(act(received(), { type: 'forwarded' }, '2026-02-13', '10:30'), { type: 'resolved' }, '2026-02-20');
    const error = domainErrorOf(() => act(d, { type: 'withdrawn', reason: 'Không cần nữa' }, '2026-02-20'));
    expect(error).toMatchObject({ code: 'INVALID_TRANSITION', details: { status: 'resolved', allowedActions: ['delivered'] } });
  });

  it('lets only a desk officer deliver, and only within their units', () => {
    const d = act(act(received(), { type: 'forwarded' }, '2026-02-13', '10:30'), { type: 'resolved' }, '2026-02-20');
    expect(domainErrorOf(() => act(d, { type: 'delivered' }, '2026-02-23', '09:00', { actor: buildActor(['leader']) }))).toMatchObject({ code: 'NOT_ALLOWED' });
    const outsider = { ...buildActor(['desk_officer']), mayActFor: () => false };
    expect(domainErrorOf(() => act(d, { type: 'delivered' }, '2026-02-23', '09:00', { actor: outsider }))).toMatchObject({ code: 'NOT_ALLOWED' });
    expect(act(d, { type: 'delivered' }, '2026-02-23').status).toBe('delivered');
  });

  it('pauses instead of restarting when the procedure says so', () => {
    const procedure = buildProcedureVersion({ supplementClock: 'pause' });
    let d = openDossier(buildOpenInput({ procedure }), buildContext('2026-03-02', '08:00', { procedure })).dossier;
    d = act(d, { type: 'forwarded' }, '2026-03-02', '08:30', { procedure });
    d = act(d, { type: 'supplement_requested', reason: 'x', payload: { missing: ['a'] } }, '2026-03-03', '07:30', { procedure });
    d = act(d, { type: 'supplement_completed' }, '2026-03-05', '07:30', { procedure });
    expect(d.dueAt).toBe(vn('2026-03-11', '17:00'));
  });
});
