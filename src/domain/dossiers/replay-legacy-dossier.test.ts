import { describe, expect, it } from 'vitest';
import { buildContext, buildProcedureVersion } from '../../test-support/dossier-factory.js';
import { domainErrorOf } from '../../test-support/domain-error.js';
import type { ProcedureVersion } from '../procedures/procedure-types.js';
import { localToInstant } from '../shared/local-date.js';
import { replayLegacyDossier, type LegacyDossierLine } from './replay-legacy-dossier.js';

const vn = (date: string, time = '09:00') => `${date}T${time}:00+07:00`;
const ms = (date: string, time = '09:00') => { const [h, m] = time.split(':').map(Number); return localToInstant(date, h * 60 + m); };
const clock = buildContext('2026-03-02').clock;
type Events = LegacyDossierLine['events'];
/** Received Mon 2 Mar 2026 09:00, due Mon 9 Mar 17:00 (5 working days). */
const replay = (events: Events, over: Partial<ProcedureVersion> = {}, line: Partial<LegacyDossierLine> = {}) => replayLegacyDossier({
  line: { code: '10001-260302-0001', procedureCode: '1.001193', receivingUnitCode: '10001', competentUnitCode: '10001', channel: 'online', receivedAt: vn('2026-03-02'), dueAt: vn('2026-03-09', '17:00'), events, ...line },
  id: 'd1', procedure: buildProcedureVersion(over), receivingUnitId: 'desk', competentUnitId: 'commune', clock,
});

describe(replayLegacyDossier.name, () => {
  it('receives the dossier with the appointment given then, as a processing dossier with a placeholder applicant', () => {
    const { dossier, events } = replay([]);
    expect(dossier).toMatchObject({ status: 'processing', receivedAt: ms('2026-03-02'), dueAt: ms('2026-03-09', '17:00'), originalDueAt: ms('2026-03-09', '17:00'), receivingUnitId: 'desk', competentUnitId: 'commune', version: 1 });
    expect(dossier.applicant.name).toBe('(dữ liệu chuyển đổi)');
    expect(events).toEqual([expect.objectContaining({ type: 'received', statusBefore: null, statusAfter: 'processing', unitId: 'desk', actorName: 'import' })]);
  });

  it('replays a full life: assigned, resolved, delivered', () => {
    const { dossier, events } = replay([{ type: 'assigned', at: vn('2026-03-02', '10:00') }, { type: 'resolved', at: vn('2026-03-05', '15:00') }, { type: 'delivered', at: vn('2026-03-06') }]);
    expect(dossier).toMatchObject({ status: 'delivered', outcome: 'approved', endedAt: ms('2026-03-05', '15:00'), deliveredAt: ms('2026-03-06'), version: 4 });
    expect(events.map((e) => [e.type, e.statusBefore, e.statusAfter])).toEqual([['received', null, 'processing'], ['assigned', 'processing', 'processing'], ['resolved', 'processing', 'resolved'], ['delivered', 'resolved', 'delivered']]);
  });

  it('records a reasoned refusal as the end of processing with a refused outcome', () => {
    const { dossier, events } = replay([{ type: 'refused', at: vn('2026-03-04'), reason: 'Không đủ điều kiện' }, { type: 'delivered', at: vn('2026-03-05') }]);
    expect(dossier).toMatchObject({ status: 'delivered', outcome: 'refused', endedAt: ms('2026-03-04') });
    expect(events[1].reason).toBe('Không đủ điều kiện');
  });

  it('restarts the time limit from zero when a supplement is completed (Decree 61/2018 Art. 19(4))', () => {
    const { dossier } = replay([{ type: 'supplement_requested', at: vn('2026-03-03') }, { type: 'supplement_completed', at: vn('2026-03-10', '14:00') }]);
    expect(dossier).toMatchObject({ status: 'processing', supplementCount: 1, waitingSince: null, dueAt: ms('2026-03-17', '17:00'), originalDueAt: ms('2026-03-09', '17:00') });
  });

  it('only pauses the clock for a procedure that pauses it, and while the fees are awaited', () => {
    // Waited Tue 3 Mar 09:00 → Wed 4 Mar 09:00 = 8 working hours: the appointment moves one working day.
    expect(replay([{ type: 'supplement_requested', at: vn('2026-03-03') }, { type: 'supplement_completed', at: vn('2026-03-04') }], { supplementClock: 'pause' }).dossier.dueAt).toBe(ms('2026-03-10', '17:00'));
    const paid = replay([{ type: 'payment_requested', at: vn('2026-03-03') }, { type: 'paid', at: vn('2026-03-04') }]).dossier;
    expect(paid).toMatchObject({ status: 'processing', dueAt: ms('2026-03-10', '17:00') });
  });

  it('keeps the appointment the legacy system recorded when an event carries one', () => {
    const { dossier, events } = replay([{ type: 'supplement_requested', at: vn('2026-03-03') }, { type: 'supplement_completed', at: vn('2026-03-04'), dueAt: vn('2026-03-20', '17:00') }]);
    expect(dossier.dueAt).toBe(ms('2026-03-20', '17:00'));
    expect(events[2].payload).toEqual({ dueAt: ms('2026-03-20', '17:00') });
  });

  it('records an apology as an approved extension that never moves dueAt, and refuses a second one', () => {
    const { dossier, events } = replay([{ type: 'extended', at: vn('2026-03-06'), dueAt: vn('2026-03-13', '17:00'), reason: 'Chờ xác minh' }]);
    expect(dossier).toMatchObject({ extendedDueAt: ms('2026-03-13', '17:00'), dueAt: ms('2026-03-09', '17:00'), status: 'processing' });
    expect(events[1]).toMatchObject({ type: 'extension_approved', reason: 'Chờ xác minh', payload: { newDueAt: ms('2026-03-13', '17:00'), originalDueAt: ms('2026-03-09', '17:00') } });
    const twice = [{ type: 'extended', at: vn('2026-03-06'), dueAt: vn('2026-03-13', '17:00') }, { type: 'extended', at: vn('2026-03-12'), dueAt: vn('2026-03-20', '17:00') }] as Events;
    expect(domainErrorOf(() => replay(twice))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'events[1].type' } });
    expect(domainErrorOf(() => replay([{ type: 'extended', at: vn('2026-03-06') }]))).toMatchObject({ details: { field: 'events[0].dueAt' } });
  });

  it('ends processing on withdrawal or stop, even while waiting for a supplement', () => {
    expect(replay([{ type: 'withdrawn', at: vn('2026-03-03') }]).dossier).toMatchObject({ status: 'withdrawn', endedAt: ms('2026-03-03') });
    const stopped = replay([{ type: 'supplement_requested', at: vn('2026-03-03') }, { type: 'stopped', at: vn('2026-03-20') }]).dossier;
    expect(stopped).toMatchObject({ status: 'stopped', endedAt: ms('2026-03-20'), waitingSince: null });
  });

  it('refuses events out of time order, before the receipt, or impossible in the current status', () => {
    expect(domainErrorOf(() => replay([{ type: 'resolved', at: vn('2026-03-05') }, { type: 'delivered', at: vn('2026-03-04') }]))).toMatchObject({ details: { field: 'events[1].at' } });
    expect(domainErrorOf(() => replay([{ type: 'assigned', at: vn('2026-03-01') }]))).toMatchObject({ details: { field: 'events[0].at' } });
    expect(domainErrorOf(() => replay([{ type: 'delivered', at: vn('2026-03-05') }]))).toMatchObject({ details: { field: 'events[0].type' } });
    expect(domainErrorOf(() => replay([{ type: 'supplement_completed', at: vn('2026-03-05') }]))).toMatchObject({ details: { field: 'events[0].type' } });
    expect(domainErrorOf(() => replay([{ type: 'resolved', at: vn('2026-03-05') }, { type: 'withdrawn', at: vn('2026-03-06') }]))).toMatchObject({ details: { field: 'events[1].type' } });
    expect(domainErrorOf(() => replay([{ type: 'supplement_requested', at: vn('2026-03-03') }, { type: 'resolved', at: vn('2026-03-04') }]))).toMatchObject({ details: { field: 'events[1].type' } });
  });

  it('refuses an unknown event type, bad instants and an appointment before the receipt', () => {
    expect(domainErrorOf(() => replay([{ type: 'forwarded' as never, at: vn('2026-03-03') }]))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'events[0].type' } });
    expect(domainErrorOf(() => replay([{ type: 'assigned', at: '2026-03-03 09:00' }]))).toMatchObject({ details: { field: 'events[0].at' } });
    expect(domainErrorOf(() => replay([], {}, { receivedAt: '2026-03-02T09:00:00' }))).toMatchObject({ details: { field: 'receivedAt' } });
    expect(domainErrorOf(() => replay([], {}, { dueAt: vn('2026-03-01') }))).toMatchObject({ details: { field: 'dueAt' } });
  });
});
