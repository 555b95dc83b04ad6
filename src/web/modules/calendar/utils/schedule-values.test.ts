import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../../api/types';
import { fromScheduleValues, toScheduleValues } from './schedule-values';

const source = { document: 'TB 5015/TB-LĐTBXH', issuedOn: null, url: 'https://example.org/5015' };
const schedule: Schedule = {
  year: 2024, version: 3, updatedAt: '2024-01-01T00:00:00Z', updatedByName: 'sonoivu', source,
  entries: [
    { date: '2024-05-04', kind: 'makeup_working_day', reason: 'Làm bù', reasonEn: 'Make-up', source },
    { date: '2024-01-01', kind: 'holiday', reason: 'Tết Dương lịch', reasonEn: "New Year's Day", source },
  ],
};

describe(toScheduleValues.name, () => {
  it('sorts rows by date and round-trips an unknown date of issue as null', () => {
    const values = toScheduleValues(schedule);
    expect(values.entries.map((entry) => entry.date)).toEqual(['2024-01-01', '2024-05-04']);
    expect(values.source.issuedOn).toBe('');
    const body = fromScheduleValues({ ...values, note: '  ' });
    expect(body.source.issuedOn).toBeNull();
    expect(body.note).toBeNull();
    expect(body.entries[1]).toEqual(schedule.entries[0]);
  });
});
