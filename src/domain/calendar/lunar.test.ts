/*
 * Golden Tết dates (lunar 1/1) 1968–2100 as published by Hồ Ngọc Đức, "Âm lịch Việt Nam": the table-driven calendar
 * amlich-hnd.js, precomputed for 1800–2199 with the author's full-precision program for the Vietnamese (UTC+7)
 * calendar — https://www.informatik.uni-leipzig.de/~duc/amlich/ (mirror https://www.xemamlich.uhm.vn/). Only the dates
 * (facts) are reproduced here; the encoded tables are under a personal-use licence and are not in this repository.
 * Also cited in data/calendar/README.md.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarError } from './calendar-error.js';
import { fromEpochDay, type LocalDate, toEpochDay } from '../shared/local-date.js';
import { lunarNewYear, lunarToSolar, lunarYearMonths, solarToLunar } from './lunar.js';
import { lunarMonthsOfSpan } from './lunar-months.js';

// prettier-ignore
const TET_MONTH_DAY = [
  /* 1968 */ '01-29', '02-16', '02-06', '01-27', '02-15', '02-03', '01-23', '02-11', '01-31', '02-18',
  /* 1978 */ '02-07', '01-28', '02-16', '02-05', '01-25', '02-13', '02-02', '01-21', '02-09', '01-29',
  /* 1988 */ '02-17', '02-06', '01-27', '02-15', '02-04', '01-23', '02-10', '01-31', '02-19', '02-07',
  /* 1998 */ '01-28', '02-16', '02-05', '01-24', '02-12', '02-01', '01-22', '02-09', '01-29', '02-17',
  /* 2008 */ '02-07', '01-26', '02-14', '02-03', '01-23', '02-10', '01-31', '02-19', '02-08', '01-28',
  /* 2018 */ '02-16', '02-05', '01-25', '02-12', '02-01', '01-22', '02-10', '01-29', '02-17', '02-06',
  /* 2028 */ '01-26', '02-13', '02-02', '01-23', '02-11', '01-31', '02-19', '02-08', '01-28', '02-15',
  /* 2038 */ '02-04', '01-24', '02-12', '02-01', '01-22', '02-10', '01-30', '02-17', '02-06', '01-26',
  /* 2048 */ '02-14', '02-02', '01-23', '02-11', '02-01', '02-18', '02-08', '01-28', '02-15', '02-04',
  /* 2058 */ '01-24', '02-12', '02-02', '01-21', '02-09', '01-29', '02-17', '02-05', '01-26', '02-14',
  /* 2068 */ '02-03', '01-23', '02-11', '01-31', '02-19', '02-07', '01-27', '02-15', '02-05', '01-24',
  /* 2078 */ '02-12', '02-02', '01-22', '02-09', '01-29', '02-17', '02-06', '01-26', '02-14', '02-03',
  /* 2088 */ '01-24', '02-10', '01-30', '02-18', '02-07', '01-27', '02-15', '02-05', '01-25', '02-12',
  /* 2098 */ '02-01', '01-21', '02-09',
];
const TET = TET_MONTH_DAY.map((md, i) => [1968 + i, `${1968 + i}-${md}` as LocalDate] as const);

describe(lunarNewYear.name, () => {
  it('has one golden date for every year 1968–2100', () => expect(TET.at(-1)?.[0]).toBe(2100));

  it.each(TET)('Tết %i falls on %s', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
    expect(solarToLunar(date)).toEqual({ day: 1, month: 1, year, leap: false });
    expect(solarToLunar(fromEpochDay(toEpochDay(date) - 1)).year).toBe(year - 1);
  });

  it.each([
    [1985, '1985-01-21', '1985-02-20'],
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
  ] as const)('computes Tết %i for UTC+7 (%s), not for China’s UTC+8 (%s)', (year, vietnam, china) => {
    expect(lunarNewYear(year)).toBe(vietnam);
    const utc8 = lunarMonthsOfSpan(year, 8).months.find((m) => m.year === year && m.month === 1 && !m.leap);
    expect(fromEpochDay(utc8?.start ?? 0)).toBe(china);
  });

  it('switches to UTC+7 at Tết Mậu Thân 1968: 29 Jan in the North, 30 Jan on the UTC+8 calendar', () => {
    expect(lunarNewYear(1968)).toBe('1968-01-29');
    expect(solarToLunar('1968-01-28')).toEqual({ day: 29, month: 12, year: 1967, leap: false });
    expect(solarToLunar('1967-12-31')).toEqual({ day: 1, month: 12, year: 1967, leap: false });
    expect(lunarNewYear(1967)).toBe('1967-02-09');
  });
});

describe(solarToLunar.name, () => {
  it.each([
    ['2023-04-29', 2023], ['2024-04-18', 2024], ['2025-04-07', 2025], ['2026-04-26', 2026],
  ] as const)('puts the Hùng Kings’ day (10/3) on %s', (date, year) => {
    expect(solarToLunar(date)).toEqual({ day: 10, month: 3, year, leap: false });
    expect(lunarToSolar({ day: 10, month: 3, year, leap: false })).toBe(date);
  });

  it('knows the leap months of 2023 (2), 2025 (6) and 2033 (11)', () => {
    const leap = (y: number) => lunarYearMonths(y).filter((m) => m.leap).map((m) => [m.month, m.start]);
    expect(leap(2023)).toEqual([[2, '2023-03-22']]);
    expect(leap(2025)).toEqual([[6, '2025-07-25']]);
    expect(leap(2033)).toEqual([[11, '2033-12-22']]);
    expect(leap(2024)).toEqual([]);
    expect(lunarYearMonths(2024).reduce((n, m) => n + m.days, 0)).toBe(toEpochDay('2025-01-29') - toEpochDay('2024-02-10'));
  });

  it('starts month 4 of 2054 on 8 May: the new moon is 22 s after midnight UTC+7 (Hồ Ngọc Đức’s table says 7 May)', () => {
    expect(solarToLunar('2054-05-08')).toMatchObject({ day: 1, month: 4, year: 2054 });
  });

  it('round-trips every day 1900–2199 through the lunar calendar (sampled)', () => {
    const first = toEpochDay('1900-01-01');
    const last = toEpochDay('2199-12-31');
    fc.assert(fc.property(fc.integer({ min: first, max: last }), (day) => {
      const date = fromEpochDay(day);
      expect(lunarToSolar(solarToLunar(date))).toBe(date);
    }), { numRuns: 3000 });
  });
});

describe(lunarToSolar.name, () => {
  it('rejects a leap month the year does not have', () => {
    expect(() => lunarToSolar({ day: 1, month: 3, year: 2024, leap: true })).toThrow(CalendarError);
  });

  it('rejects day 30 of a 29-day month and malformed parts', () => {
    const short = lunarYearMonths(2024).find((m) => m.days === 29);
    expect(() => lunarToSolar({ day: 30, month: short?.month ?? 0, year: 2024, leap: false })).toThrow(/29/);
    expect(() => lunarToSolar({ day: 0, month: 1, year: 2024, leap: false })).toThrow(CalendarError);
    expect(() => lunarToSolar({ day: 1, month: 13, year: 2024, leap: false })).toThrow(CalendarError);
  });

  it('accepts years 1900–2199 only', () => {
    expect(() => lunarNewYear(1899)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', field: 'year' }));
    expect(() => lunarNewYear(2200)).toThrow(CalendarError);
    expect(() => solarToLunar('2200-01-01')).toThrow(CalendarError);
    expect(lunarNewYear(1900)).toBe('1900-01-31');
    expect(lunarNewYear(2199)).toMatch(/^2199-0[12]-/);
  });
});
