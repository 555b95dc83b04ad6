import { describe, expect, it } from 'vitest';
import { parseAnnouncedSchedules } from './announced-schedule.js';
import { addDays, type LocalDate } from '../shared/local-date.js';
import { seedCalendar, seedSchedules } from './working-calendar.fixtures.js';

/** Every maximal run of consecutive non-working days that touches [from, to]. */
function daysOff(from: LocalDate, to: LocalDate): string[] {
  const calendar = seedCalendar();
  const runs: string[] = [];
  let start: LocalDate | undefined;
  for (let d = addDays(from, -7); d <= addDays(to, 7); d = addDays(d, 1)) {
    const off = !calendar.isWorkingDay(d);
    if (off && !start) start = d;
    if (!off && start) {
      const end = addDays(d, -1);
      if (end >= from && start <= to && end !== addDays(start, 1)) runs.push(`${start}..${end}`);
      start = undefined;
    }
  }
  return runs;
}

describe('seed schedules (data/calendar/schedules.json)', () => {
  it('parse and cover 2023–2026, every entry with a source', () => {
    expect(seedSchedules.map((s) => s.year)).toEqual([2023, 2024, 2025, 2026]);
    for (const s of seedSchedules) for (const e of s.entries) expect(e.source.url).toMatch(/^https?:\/\//);
  });

  it.each([
    ['2022-12-31', '2023-01-02', '2022-12-31..2023-01-02'],
    ['2023-01-20', '2023-01-26', '2023-01-20..2023-01-26'],
    ['2023-04-29', '2023-05-03', '2023-04-29..2023-05-03'],
    ['2023-09-01', '2023-09-04', '2023-09-01..2023-09-04'],
    ['2024-02-08', '2024-02-14', '2024-02-08..2024-02-14'],
    ['2024-04-27', '2024-05-01', '2024-04-27..2024-05-01'],
    ['2024-08-31', '2024-09-03', '2024-08-31..2024-09-03'],
    ['2025-01-25', '2025-02-02', '2025-01-25..2025-02-02'],
    ['2025-04-30', '2025-05-04', '2025-04-30..2025-05-04'],
    ['2025-08-30', '2025-09-02', '2025-08-30..2025-09-02'],
    ['2026-02-14', '2026-02-22', '2026-02-14..2026-02-22'],
    ['2026-04-25', '2026-04-27', '2026-04-25..2026-04-27'],
    ['2026-04-30', '2026-05-03', '2026-04-30..2026-05-03'],
    ['2026-08-29', '2026-09-02', '2026-08-29..2026-09-02'],
  ] as const)('give the break %s … %s of domain.md §7.2', (from, to, run) => {
    expect(daysOff(from, to)).toEqual([run]);
  });

  it('have single days off where §7.2 says so', () => {
    const calendar = seedCalendar();
    for (const d of ['2024-01-01', '2024-04-18', '2025-01-01', '2025-04-07', '2026-01-01'] as const) {
      expect(calendar.dayInfo(d)).toMatchObject({ working: false, kind: 'holiday' });
    }
  });
});

describe(parseAnnouncedSchedules.name, () => {
  const source = { document: 'Công văn thử', issuedOn: '2024-01-01', url: 'https://example.test' };
  const entry = { date: '2024-05-04', kind: 'makeup_working_day', reason: 'Làm bù', reasonEn: 'Make-up day', source };

  it('accepts a minimal schedule and an unknown issue date', () => {
    expect(parseAnnouncedSchedules([{ year: 2024, source: { ...source, issuedOn: null }, entries: [entry] }])[0].entries).toHaveLength(1);
  });

  it.each([
    ['not an array', {}, 'schedules'],
    ['a year out of range', [{ year: 1800, source, entries: [] }], 'schedules[0].year'],
    ['a year twice', [{ year: 2024, source, entries: [] }, { year: 2024, source, entries: [] }], 'schedules[1].year'],
    ['a bad date', [{ year: 2024, source, entries: [{ ...entry, date: '2024-02-30' }] }], 'schedules[0].entries[0].date'],
    ['an unknown kind', [{ year: 2024, source, entries: [{ ...entry, kind: 'party' }] }], 'schedules[0].entries[0].kind'],
    ['a make-up weekday', [{ year: 2024, source, entries: [{ ...entry, date: '2024-05-03' }] }], 'schedules[0].entries[0].date'],
    ['a weekend swap', [{ year: 2024, source, entries: [{ ...entry, kind: 'swapped_day_off' }] }], 'schedules[0].entries[0].date'],
    ['a duplicate date', [{ year: 2024, source, entries: [entry, entry] }], 'schedules[0].entries[1].date'],
    ['a missing reason', [{ year: 2024, source, entries: [{ ...entry, reasonEn: '' }] }], 'schedules[0].entries[0].reason'],
    ['a missing source', [{ year: 2024, entries: [] }], 'schedules[0].source'],
  ])('rejects %s', (_, raw, field) => {
    expect(() => parseAnnouncedSchedules(raw)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', field }));
  });
});
