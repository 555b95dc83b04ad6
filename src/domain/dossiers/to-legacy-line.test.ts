import { describe, expect, it } from 'vitest';
import { localToInstant } from '../shared/local-date.js';
import { legacyInstant, toLegacyLine, type ExportedDossier, type ExportedEvent } from './to-legacy-line.js';

const ms = (date: string, time = '09:00') => { const [h, m] = time.split(':').map(Number); return localToInstant(date, h * 60 + m); };
const dossier: ExportedDossier = {
  code: 'X-260302-0001', procedureCode: '1.001193', receivingUnitCode: '10001', competentUnitCode: '10001', channel: 'online',
  receivedAt: ms('2026-03-02'), originalDueAt: ms('2026-03-09', '17:00'),
};
const ev = (type: string, date: string, payload: Record<string, unknown> = {}, reason: string | null = null): ExportedEvent => ({ type, at: ms(date), reason, payload });

describe(toLegacyLine.name, () => {
  it('writes the receipt and first appointment, maps the apology to extended and keeps the appointments events set', () => {
    const line = toLegacyLine(dossier, [
      ev('submitted', '2026-03-01'), ev('supplement_requested', '2026-03-01', {}, 'tại quầy'), ev('received', '2026-03-02'), ev('forwarded', '2026-03-02'),
      ev('supplement_requested', '2026-03-03', { missing: ['a'] }, 'Thiếu'), ev('supplement_completed', '2026-03-04', { dueAt: ms('2026-03-11', '17:00') }),
      ev('step_completed', '2026-03-05'), ev('extension_requested', '2026-03-10', {}, 'x'), ev('extension_approved', '2026-03-10', { newDueAt: ms('2026-03-13', '17:00') }, 'Chờ'),
      ev('resolved', '2026-03-12'), ev('delivered', '2026-03-13'),
    ]);
    expect(line).toEqual({
      code: 'X-260302-0001', procedureCode: '1.001193', receivingUnitCode: '10001', competentUnitCode: '10001', channel: 'online',
      receivedAt: '2026-03-02T09:00:00+07:00', dueAt: '2026-03-09T17:00:00+07:00', events: [
        { type: 'supplement_requested', at: '2026-03-03T09:00:00+07:00', reason: 'Thiếu' },
        { type: 'supplement_completed', at: '2026-03-04T09:00:00+07:00', dueAt: '2026-03-11T17:00:00+07:00' },
        { type: 'extended', at: '2026-03-10T09:00:00+07:00', dueAt: '2026-03-13T17:00:00+07:00', reason: 'Chờ' },
        { type: 'resolved', at: '2026-03-12T09:00:00+07:00' }, { type: 'delivered', at: '2026-03-13T09:00:00+07:00' },
      ],
    });
  });
  it('writes a closure for an unanswered supplement as stopped, and skips a dossier without an appointment', () => {
    expect(toLegacyLine(dossier, [ev('received', '2026-03-02'), ev('auto_closed', '2026-03-30', {}, 'Quá hạn bổ sung')])!.events).toEqual([{ type: 'stopped', at: '2026-03-30T09:00:00+07:00', reason: 'Quá hạn bổ sung' }]);
    expect(toLegacyLine({ ...dossier, originalDueAt: null }, [ev('received', '2026-03-02')])).toBeNull();
  });
  it('keeps milliseconds only when there are some', () => {
    expect(legacyInstant(ms('2026-03-02') + 42)).toBe('2026-03-02T09:00:00.042+07:00');
    expect(Date.parse(legacyInstant(ms('2026-03-02') + 42))).toBe(ms('2026-03-02') + 42);
  });
});
