import { describe, expect, it } from 'vitest';
import type { ScheduleEntry } from './announced-schedule.js';
import { dayOfWeek } from '../shared/local-date.js';
import { compensatoryDaysOff, statutoryHolidays } from './statutory-holidays.js';

const byKind = (entries: ScheduleEntry[], kind: ScheduleEntry['kind']) => entries.filter((e) => e.kind === kind).map((e) => e.date);

describe(statutoryHolidays.name, () => {
  it('lists the Labour Code 2019 Art. 112 holidays of 2027 with the default Tết pattern (last day + 1/1–4/1)', () => {
    const y2027 = statutoryHolidays(2027);
    expect(byKind(y2027, 'holiday')).toEqual([
      '2027-01-01',
      '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09',
      '2027-04-16', '2027-04-30', '2027-05-01', '2027-09-02', '2027-09-03',
    ]);
    expect(y2027[0].source.document).toContain('45/2019/QH14');
  });

  it('gives each weekend holiday the next free working day off (Art. 111(3)), chaining past other holidays', () => {
    expect(byKind(statutoryHolidays(2027), 'compensatory_day_off')).toEqual(['2027-02-10', '2027-02-11', '2027-05-03']);
    expect(byKind(statutoryHolidays(2023), 'compensatory_day_off')).toEqual([
      '2023-01-02', '2023-01-26', '2023-01-27', '2023-05-02', '2023-05-03', '2023-09-04',
    ]);
    for (const date of byKind(statutoryHolidays(2028), 'compensatory_day_off')) expect(dayOfWeek(date) % 6).not.toBe(0);
  });

  it.each([
    [2021, ['2021-09-02', '2021-09-03']], [2022, ['2022-09-01', '2022-09-02']], [2023, ['2023-09-01', '2023-09-02']],
    [2024, ['2024-09-02', '2024-09-03']], [2025, ['2025-09-01', '2025-09-02']], [2026, ['2026-09-01', '2026-09-02']],
  ] as const)('picks the National Day adjacent day the Prime Minister picked in %i', (year, days) => {
    expect(byKind(statutoryHolidays(year), 'holiday').filter((d) => d.slice(5, 7) === '09')).toEqual(days);
  });

  it('matches the announced 2026 Tết days (Mon 16 – Fri 20 Feb) and Hùng Kings’ day', () => {
    const days = byKind(statutoryHolidays(2026), 'holiday');
    expect(days).toEqual(expect.arrayContaining(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-26']));
  });

  it('applies the code in force: 2014–2020 one National Day, 2007–2013 four Tết days, no Hùng Kings’ day before 2007', () => {
    expect(byKind(statutoryHolidays(2019), 'holiday').filter((d) => d.startsWith('2019-09'))).toEqual(['2019-09-02']);
    expect(byKind(statutoryHolidays(2019), 'holiday').filter((d) => d.startsWith('2019-02'))).toHaveLength(5);
    expect(byKind(statutoryHolidays(2010), 'holiday').filter((d) => d.startsWith('2010-02'))).toEqual(['2010-02-13', '2010-02-14', '2010-02-15', '2010-02-16']);
    expect(statutoryHolidays(2006).some((e) => e.reason.includes('Hùng'))).toBe(false);
    expect(statutoryHolidays(2007).some((e) => e.reason.includes('Hùng'))).toBe(true);
    expect(statutoryHolidays(2010)[0].source.document).toContain('84/2007/QH11');
  });

  it('rejects years outside 1900–2199', () => {
    expect(() => statutoryHolidays(1899)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', field: 'year' }));
  });
});

describe(compensatoryDaysOff.name, () => {
  it('writes a bilingual reason and keeps the holiday’s source', () => {
    const [comp] = compensatoryDaysOff(statutoryHolidays(2027).filter((e) => e.date === '2027-05-01'));
    expect(comp).toMatchObject({ date: '2027-05-03', kind: 'compensatory_day_off' });
    expect(comp.reason).toMatch(/^Nghỉ bù: Ngày Quốc tế lao động/);
    expect(comp.reasonEn).toMatch(/^Compensatory day off: International Labour Day/);
  });
});
