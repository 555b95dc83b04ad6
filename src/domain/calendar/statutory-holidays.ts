/**
 * Public holidays by law, for years without an announced schedule. Each Labour Code version applies to the years it
 * governed; the exact Tết days and the extra National Day day are the Prime Minister's choice each year, so the
 * defaults below are documented patterns, not law.
 */
import type { ScheduleEntry, ScheduleSource } from './announced-schedule.js';
import { assertSupportedYear } from './calendar-error.js';
import { dayOfWeekOfEpochDay, epochDayOf, fromEpochDay, toEpochDay } from '../shared/local-date.js';
import { lunarNewYear, lunarToSolar } from './lunar.js';

type HolidayRules = { since: number; tetDays: 4 | 5; hungKings: boolean; nationalDayDays: 1 | 2; source: ScheduleSource };

/** Labour Code versions, newest first. 2013: LC 2012 entered into force on 1 May 2013, after that year's Tết. */
const RULES: readonly HolidayRules[] = [
  { since: 2021, tetDays: 5, hungKings: true, nationalDayDays: 2, source: {
    document: 'Bộ luật Lao động số 45/2019/QH14, Điều 111(3), Điều 112', issuedOn: '2019-11-20',
    url: 'https://vbpl.vn/TW/Pages/vbpq-van-ban-goc.aspx?ItemID=139264' } },
  { since: 2014, tetDays: 5, hungKings: true, nationalDayDays: 1, source: {
    document: 'Bộ luật Lao động số 10/2012/QH13, Điều 110(3), Điều 115', issuedOn: '2012-06-18',
    url: 'https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=27615' } },
  { since: 2007, tetDays: 4, hungKings: true, nationalDayDays: 1, source: {
    document: 'Bộ luật Lao động 1994, Điều 72, Điều 73 (sửa đổi bởi Luật số 84/2007/QH11)', issuedOn: '2007-04-02',
    url: 'https://vbpl.vn/TW/Pages/vbpqen-toanvan.aspx?ItemID=2835' } },
  { since: -Infinity, tetDays: 4, hungKings: false, nationalDayDays: 1, source: {
    document: 'Bộ luật Lao động 1994, Điều 72, Điều 73 (áp dụng mặc định cho các năm trước 1995)', issuedOn: '1994-06-23',
    url: 'https://vbpl.vn/TW/Pages/vbpqen-toanvan.aspx?ItemID=2835' } },
];

const TET_DAY_NAMES = ['mùng 1', 'mùng 2', 'mùng 3', 'mùng 4'];

/**
 * The day joined to 2 September (Labour Code 2019 Art. 112(1)(đ): "one adjacent day, before or after"): the side that
 * bridges to the weekend, by weekday of 2 Sep (Sun … Sat). This reproduces every Prime Minister decision 2021–2026
 * (2021 Thu+Fri 3, 2022 Thu 1+Fri, 2023 Fri 1+Sat, 2024 Mon+Tue 3, 2025 Mon 1+Tue, 2026 Tue 1+Wed).
 */
const NATIONAL_DAY_ADJACENT = [1, 1, -1, -1, 1, -1, -1];

/** Labour Code Art. 112 holidays of `year` by the code then in force, with Art. 111(3) compensatory days off. */
export function statutoryHolidays(year: number): ScheduleEntry[] {
  assertSupportedYear(year);
  const rules = RULES.find((r) => year >= r.since) as HolidayRules;
  const source = rules.source;
  const holidays: ScheduleEntry[] = [];
  const add = (day: number, reason: string, reasonEn: string): void => {
    holidays.push({ date: fromEpochDay(day), kind: 'holiday', reason, reasonEn, source });
  };
  add(epochDayOf(year, 1, 1), 'Tết Dương lịch (1/1)', "New Year's Day (1 January)");
  const tet = toEpochDay(lunarNewYear(year));
  add(tet - 1, 'Tết Âm lịch (ngày cuối năm âm lịch)', 'Lunar New Year (last day of the lunar year)');
  for (let i = 0; i < rules.tetDays - 1; i++) {
    add(tet + i, `Tết Âm lịch (${TET_DAY_NAMES[i]} tháng Giêng)`, `Lunar New Year (day ${i + 1} of the first lunar month)`);
  }
  if (rules.hungKings) {
    add(toEpochDay(lunarToSolar({ day: 10, month: 3, year, leap: false })), 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      "Hùng Kings' Commemoration Day (10th day of the 3rd lunar month)");
  }
  add(epochDayOf(year, 4, 30), 'Ngày Chiến thắng (30/4)', 'Victory Day (30 April)');
  add(epochDayOf(year, 5, 1), 'Ngày Quốc tế lao động (1/5)', 'International Labour Day (1 May)');
  const sep2 = epochDayOf(year, 9, 2);
  add(sep2, 'Quốc khánh (2/9)', 'National Day (2 September)');
  if (rules.nationalDayDays === 2) {
    const adjacent = sep2 + NATIONAL_DAY_ADJACENT[dayOfWeekOfEpochDay(sep2)];
    add(adjacent, 'Quốc khánh (ngày liền kề 2/9)', 'National Day (day adjacent to 2 September)');
  }
  holidays.sort((a, b) => (a.date < b.date ? -1 : 1));
  return [...holidays, ...compensatoryDaysOff(holidays)].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * Labour Code 2019 Art. 111(3) (LC 2012 Art. 110(3), LC 1994 Art. 72): a holiday on a weekly rest day (Saturday or
 * Sunday for state agencies, Decision 188/1999/QĐ-TTg) gives a day off on the next working day.
 */
export function compensatoryDaysOff(holidays: readonly ScheduleEntry[]): ScheduleEntry[] {
  const taken = new Set(holidays.map((h) => toEpochDay(h.date)));
  const result: ScheduleEntry[] = [];
  for (const h of [...holidays].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    const day = toEpochDay(h.date);
    if (dayOfWeekOfEpochDay(day) % 6 !== 0) continue;
    let next = day + 1;
    while (dayOfWeekOfEpochDay(next) % 6 === 0 || taken.has(next)) next++;
    taken.add(next);
    result.push({ date: fromEpochDay(next), kind: 'compensatory_day_off', reason: `Nghỉ bù: ${h.reason} trùng ngày nghỉ hằng tuần`,
      reasonEn: `Compensatory day off: ${h.reasonEn} fell on a weekly rest day`, source: h.source });
  }
  return result;
}
