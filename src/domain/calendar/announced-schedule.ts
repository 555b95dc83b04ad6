/**
 * Holiday schedules announced for civil servants (Mon–Fri workers) each year: the Prime Minister decides the exact
 * Tết days, the extra National Day day and any swaps (Labour Code 2019 Art. 112(3)); the Government Office and the
 * ministry in charge of labour then publish them (domain.md §7.1–7.2). They are data, kept by the caller (seed file
 * data/calendar/schedules.json today, the database later) and passed to `buildWorkingCalendar`.
 */
import { assertSupportedYear, invalidInput } from './calendar-error.js';
import { dayOfWeek, isLocalDate, type LocalDate } from '../shared/local-date.js';

/**
 * - `holiday`: a public holiday of Labour Code Art. 112 (also listed when it falls on a weekend);
 * - `compensatory_day_off`: the next working day off because a holiday fell on a weekly rest day (Art. 111(3));
 * - `swapped_day_off`: a working day moved off to make a bridge ("hoán đổi ngày làm việc");
 * - `makeup_working_day`: the Saturday worked in exchange ("làm bù"); it is a working day.
 */
export type ScheduleEntryKind = 'holiday' | 'compensatory_day_off' | 'swapped_day_off' | 'makeup_working_day';
export const SCHEDULE_ENTRY_KINDS: readonly ScheduleEntryKind[] = [
  'holiday', 'compensatory_day_off', 'swapped_day_off', 'makeup_working_day',
];
/** The document that decided a day: number and title, date of issue (null when not verified), where to read it. */
export type ScheduleSource = { document: string; issuedOn: LocalDate | null; url: string };
export type ScheduleEntry = {
  date: LocalDate; kind: ScheduleEntryKind; reason: string; reasonEn: string; source: ScheduleSource;
};
/** Every special day of one year's announcement; a year with a schedule takes its holidays from it alone. */
export type AnnouncedSchedule = { year: number; entries: ScheduleEntry[]; source: ScheduleSource };

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

function bad(field: string, vi: string, en: string, value?: unknown): never {
  throw invalidInput(field, vi, en, value);
}

function parseSource(raw: unknown, field: string): ScheduleSource {
  if (!isObject(raw) || !text(raw.document) || !text(raw.url) || !(raw.issuedOn === null || isLocalDate(raw.issuedOn))) {
    bad(field, 'Nguồn phải có document, url và issuedOn (YYYY-MM-DD hoặc null).',
      'A source needs document, url and issuedOn (YYYY-MM-DD or null).', raw);
  }
  return { document: raw.document, issuedOn: raw.issuedOn as LocalDate | null, url: raw.url };
}

const WEEKEND_ONLY: Partial<Record<ScheduleEntryKind, boolean>> = {
  makeup_working_day: true, compensatory_day_off: false, swapped_day_off: false,
};

function parseEntry(raw: unknown, field: string): ScheduleEntry {
  if (!isObject(raw)) bad(field, 'Mục lịch phải là một đối tượng.', 'A schedule entry must be an object.', raw);
  if (!isLocalDate(raw.date)) {
    bad(`${field}.date`, 'Ngày không hợp lệ (YYYY-MM-DD).', 'Invalid date (YYYY-MM-DD).', raw.date);
  }
  const kind = raw.kind as ScheduleEntryKind;
  if (!SCHEDULE_ENTRY_KINDS.includes(kind)) {
    bad(`${field}.kind`, 'Loại ngày không hợp lệ.', 'Unknown entry kind.', raw.kind);
  }
  if (!text(raw.reason) || !text(raw.reasonEn)) {
    bad(`${field}.reason`, 'Cần lý do tiếng Việt và tiếng Anh.', 'Vietnamese and English reasons are required.');
  }
  const weekend = [0, 6].includes(dayOfWeek(raw.date));
  const wanted = WEEKEND_ONLY[kind];
  if (wanted !== undefined && wanted !== weekend) {
    const [vi, en] = wanted
      ? ['Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.', 'A make-up working day must be a weekend day.']
      : ['Ngày nghỉ bù/hoán đổi phải là ngày trong tuần.', 'A compensatory or swapped day off must be a weekday.'];
    bad(`${field}.date`, vi, en, raw.date);
  }
  const source = parseSource(raw.source, `${field}.source`);
  return { date: raw.date, kind, reason: raw.reason, reasonEn: raw.reasonEn, source };
}

/** Validates announced schedules loaded from JSON or the database; throws INVALID_INPUT naming the bad field. */
export function parseAnnouncedSchedules(raw: unknown): AnnouncedSchedule[] {
  if (!Array.isArray(raw)) bad('schedules', 'Danh sách lịch phải là một mảng.', 'Schedules must be an array.');
  const years = new Set<number>();
  return raw.map((item: unknown, i) => {
    const field = `schedules[${i}]`;
    if (!isObject(item) || !Array.isArray(item.entries)) {
      bad(field, 'Lịch năm phải có year và entries.', 'A schedule needs year and entries.');
    }
    assertSupportedYear(item.year as number, `${field}.year`);
    const year = item.year as number;
    if (years.has(year)) bad(`${field}.year`, `Năm ${year} có hai lịch.`, `Year ${year} has two schedules.`, year);
    years.add(year);
    const entries = item.entries.map((e: unknown, j: number) => parseEntry(e, `${field}.entries[${j}]`));
    const dates = new Set<string>();
    for (const [j, e] of entries.entries()) {
      if (dates.has(e.date)) bad(`${field}.entries[${j}].date`, 'Ngày bị lặp trong lịch.', 'Date listed twice.', e.date);
      dates.add(e.date);
    }
    return { year, entries, source: parseSource(item.source, `${field}.source`) };
  });
}
