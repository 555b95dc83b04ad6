import { describe, expect, it } from 'vitest';
import { computeDueDate } from './due-date.js';
import { DEFAULT_WORKING_HOURS as hours } from './working-hours.js';
import { localToInstant } from '../shared/local-date.js';
import { seedCalendar } from './working-calendar.fixtures.js';

/** The calendar tests that domain.md ("What the software must therefore do", item 14) asks for, verbatim. */
describe('domain.md requirement 14', () => {
  const calendar = seedCalendar();
  const due = (date: string, hh: number, mm: number, workingDays: number) =>
    computeDueDate({ receivedAt: localToInstant(date, hh * 60 + mm), workingDays, calendar, hours }).dueDate;

  it('a 5-working-day dossier received Fri 13 Feb 2026 at 10:00 is due Fri 27 Feb 2026 (Tết 14–22 Feb skipped)', () => {
    expect(due('2026-02-13', 10, 0, 5)).toBe('2026-02-27');
  });
  it('a dossier received Wed 26 Aug 2026 with 3 working days is due Thu 3 Sep 2026 (29 Aug – 2 Sep off)', () => {
    expect(due('2026-08-26', 10, 0, 3)).toBe('2026-09-03');
  });
  it('a 1-working-day dossier received Fri 21 Aug 2026 is due Sat 22 Aug 2026, a declared make-up working day', () => {
    expect(due('2026-08-21', 10, 0, 1)).toBe('2026-08-22');
  });
  it('a same-day procedure received at 15:30 is due the next working day', () => {
    expect(due('2026-03-04', 15, 30, 0)).toBe('2026-03-05');
  });
});
