import { describe, expect, it } from 'vitest';
import { buildContext, buildOpenInput, buildProcedureVersion, buildUnitActor, vnAt, vnText } from '../../test-support/dossier-factory.js';
import { domainErrorOf } from '../../test-support/domain-error.js';
import { decideDossierAction } from './decide-dossier-action.js';
import { openDossier } from './open-dossier.js';

const open = (over: Parameters<typeof buildOpenInput>[0] = {}, date = '2026-03-02', time = '08:00') => openDossier(buildOpenInput(over), buildContext(date, time));
const person = buildOpenInput().applicant;

describe(openDossier.name, () => {
  it('receives a complete counter dossier and sets the appointment across Tết 2026 (5 working days → 27 Feb 17:00)', () => {
    const { dossier, events } = openDossier(buildOpenInput(), buildContext('2026-02-13', '10:00'));
    expect(dossier.status).toBe('received');
    expect(dossier.dueAt).toBe(vnAt('2026-02-27', '17:00'));
    expect(events.map((e) => e.type)).toEqual(['submitted', 'received']);
  });

  it('records the submission and the reception as events with the channel, the components and the appointment', () => {
    const { dossier, events } = open();
    expect(dossier).toMatchObject({ receivedAt: vnAt('2026-03-02', '08:00'), originalDueAt: dossier.dueAt, version: 1, supplementCount: 0, endedAt: null });
    expect(events[0]).toMatchObject({ type: 'submitted', statusBefore: null, statusAfter: 'submitted', unitId: 'commune', actorId: 'u1', payload: { channel: 'in_person' } });
    expect(events[1]).toMatchObject({ type: 'received', statusBefore: 'submitted', statusAfter: 'received', payload: { dueAt: vnAt('2026-03-09', '17:00') } });
  });

  it('refuses to receive a dossier missing a required component, naming it', () => {
    const error = domainErrorOf(() => openDossier(buildOpenInput({ components: [{ code: 'TK', status: 'submitted' }] }), buildContext('2026-02-13')));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'components', missing: ['GCS'] } });
  });

  it('counts a component marked missing as missing, and one reused from a national database as provided', () => {
    const missing = domainErrorOf(() => open({ components: [{ code: 'TK', status: 'submitted' }, { code: 'GCS', status: 'missing' }] }));
    expect(missing.details).toMatchObject({ missing: ['GCS'] });
    expect(open({ components: [{ code: 'TK', status: 'submitted' }, { code: 'GCS', status: 'reused' }] }).dossier.status).toBe('received');
  });

  it('refuses component codes the procedure does not have, whatever the decision', () => {
    for (const decision of ['receive', 'submit', 'refuse'] as const) {
      const error = domainErrorOf(() => open({ decision, reason: 'x', components: [{ code: 'TK', status: 'submitted' }, { code: 'GCS', status: 'submitted' }, { code: 'XYZ', status: 'submitted' }] }));
      expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'components' } });
      expect(error.message).toContain('XYZ');
    }
  });

  it('refuses a channel the procedure does not accept, listing the accepted ones', () => {
    const procedure = buildProcedureVersion({ channels: ['in_person'] });
    const error = domainErrorOf(() => open({ procedure, channel: 'online', decision: 'submit' }));
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'channel', allowed: ['in_person'] } });
    expect(domainErrorOf(() => open({ procedure, channel: 'postal' })).field).toBe('channel');
  });

  it('refuses a competent agency the procedure does not name', () => {
    expect(domainErrorOf(() => open({ competentUnitId: 'other-commune' }))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'competentUnitId' } });
  });

  it('refuses a desk outside the procedure\'s receiving units unless the procedure is handled regardless of the boundary', () => {
    expect(domainErrorOf(() => open({ receivingUnitId: 'other-commune' }))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'receivingUnitId' } });
    const procedure = buildProcedureVersion({ outsideBoundaryAllowed: true });
    const { dossier } = openDossier(buildOpenInput({ procedure, receivingUnitId: 'other-commune' }), buildContext('2026-03-02', '08:00', { procedure, actor: buildUnitActor(['desk_officer'], ['other-commune']) }));
    expect(dossier).toMatchObject({ status: 'received', outsideBoundary: true, receivingUnitId: 'other-commune', competentUnitId: 'commune' });
  });

  it('keeps a dossier received at one of its own desks inside the boundary, including the competent agency\'s own desk', () => {
    expect(open().dossier.outsideBoundary).toBe(false);
    const procedure = buildProcedureVersion({ receivingUnitIds: ['pasc'], competentUnitIds: ['commune'], outsideBoundaryAllowed: true });
    const ctx = buildContext('2026-03-02', '08:00', { procedure, actor: buildUnitActor(['desk_officer'], ['pasc', 'commune']) });
    expect(openDossier(buildOpenInput({ procedure, receivingUnitId: 'commune' }), ctx).dossier.outsideBoundary).toBe(false);
    expect(openDossier(buildOpenInput({ procedure, receivingUnitId: 'pasc' }), ctx).dossier.outsideBoundary).toBe(false);
  });

  it('records the reception point, the receiving agency and the competent agency separately (requirement 4)', () => {
    const procedure = buildProcedureVersion({ receivingUnitIds: ['pasc'], competentUnitIds: ['commune'] });
    const ctx = buildContext('2026-03-02', '08:00', { procedure, actor: buildUnitActor(['desk_officer'], ['pasc']) });
    const { dossier, events } = openDossier(buildOpenInput({ procedure, receptionUnitId: 'post-office', receivingUnitId: 'pasc', channel: 'postal' }), ctx);
    expect(dossier).toMatchObject({ receptionUnitId: 'post-office', receivingUnitId: 'pasc', competentUnitId: 'commune', channel: 'postal', procedureVersionId: 'pv1', procedureCode: '1.001193' });
    expect(events.map((e) => e.unitId)).toEqual(['pasc', 'pasc']);
  });

  it('asks once, at reception, for what is missing: waiting for the supplement, not received, no appointment', () => {
    const { dossier, events } = open({ decision: 'request_supplement', components: [{ code: 'TK', status: 'submitted' }] });
    expect(dossier).toMatchObject({ status: 'waiting_supplement', receivedAt: null, dueAt: null, supplementCount: 1, resumeStatus: 'submitted' });
    expect(events[1]).toMatchObject({ type: 'supplement_requested', statusBefore: 'submitted', statusAfter: 'waiting_supplement', reason: 'Hồ sơ chưa đầy đủ', payload: { missing: ['Giấy chứng sinh'], atReception: true } });
  });

  it('returns a dossier completed at reception to "submitted", and the reception then sets the appointment from that moment', () => {
    const asked = open({ decision: 'request_supplement', reason: 'Thiếu giấy chứng sinh', components: [{ code: 'TK', status: 'submitted' }] }).dossier;
    const completed = decideDossierAction(asked, { type: 'supplement_completed' }, buildContext('2026-03-04', '10:00', { actor: buildUnitActor(['citizen'], []) }));
    expect(completed.next).toMatchObject({ status: 'submitted', receivedAt: null, dueAt: null, waitingSince: null, resumeStatus: null });
    expect(completed.event.payload).toMatchObject({ dueAt: null });
    const received = decideDossierAction(completed.next, { type: 'received' }, buildContext('2026-03-04', '10:30')).next;
    expect(received).toMatchObject({ status: 'received', receivedAt: vnAt('2026-03-04', '10:30'), supplementCount: 1 });
    expect(vnText(received.dueAt)).toBe('2026-03-11 17:00');
  });

  it('does not send an empty supplement request: there must be something missing to ask for', () => {
    expect(domainErrorOf(() => open({ decision: 'request_supplement' }))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'payload.missing' } });
  });

  it('refuses a dossier at reception only with a reason, and it never gets an appointment or an end of processing', () => {
    expect(domainErrorOf(() => open({ decision: 'refuse' }))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'reason' } });
    expect(domainErrorOf(() => open({ decision: 'refuse', reason: '   ' })).field).toBe('reason');
    const { dossier, events } = open({ decision: 'refuse', reason: 'Không thuộc thẩm quyền', components: [{ code: 'TK', status: 'submitted' }] });
    expect(dossier).toMatchObject({ status: 'refused_at_reception', receivedAt: null, dueAt: null, endedAt: null });
    expect(events[1]).toMatchObject({ type: 'refused_at_reception', reason: 'Không thuộc thẩm quyền', statusAfter: 'refused_at_reception' });
  });

  it('leaves an online submission "submitted" (code 1) until a desk officer receives it', () => {
    const { dossier, events } = open({ channel: 'online', decision: 'submit' }, '2026-03-07', '21:00');
    expect(dossier).toMatchObject({ status: 'submitted', channel: 'online', receivedAt: null, dueAt: null, version: 0, submittedAt: vnAt('2026-03-07', '21:00') });
    expect(events.map((e) => e.type)).toEqual(['submitted']);
    const received = decideDossierAction(dossier, { type: 'received' }, buildContext('2026-03-09', '08:00')).next;
    expect(received.status).toBe('received');
    expect(vnText(received.dueAt)).toBe('2026-03-16 17:00');
  });

  it('checks the 12-digit citizen ID', () => {
    expect(domainErrorOf(() => open({ applicant: { ...person, idNumber: '12345' } }))).toMatchObject({ details: { field: 'applicant.idNumber' } });
    expect(domainErrorOf(() => open({ applicant: { ...person, idNumber: '999090001234' } }))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(open({ applicant: { ...person, idNumber: ' 042090001234 ' } }).dossier.applicant.idNumber).toBe('042090001234');
  });

  it('accepts an organisation with a 10-digit tax code or a branch\'s 10-3 code, and refuses a person\'s ID in its place', () => {
    const organisation = { ...person, kind: 'organisation' as const, name: 'Công ty TNHH A' };
    expect(open({ applicant: { ...organisation, idNumber: '0101234567' } }).dossier.applicant).toMatchObject({ kind: 'organisation', idNumber: '0101234567' });
    expect(open({ applicant: { ...organisation, idNumber: '0101234567-001' } }).dossier.applicant.idNumber).toBe('0101234567-001');
    expect(domainErrorOf(() => open({ applicant: { ...organisation, idNumber: '042090001234' } }))).toMatchObject({ details: { field: 'applicant.idNumber' } });
    expect(domainErrorOf(() => open({ applicant: { ...organisation, idNumber: '0101234567-01' } })).field).toBe('applicant.idNumber');
  });
});
