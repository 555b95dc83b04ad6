import type { CalendarDay, DayKind, ScheduleEntryKind } from '../../../api/types';
import type { Lang } from '../../i18n/utils/language';

/** Every kind in legend order: ordinary days first, then the days an announcement or the Labour Code sets. */
export const DAY_KINDS: readonly DayKind[] = [
  'working_day', 'weekly_rest', 'holiday', 'compensatory_day_off', 'swapped_day_off', 'makeup_working_day',
];

/** The kinds a schedule entry may have. */
export const ENTRY_KINDS: readonly ScheduleEntryKind[] = ['holiday', 'compensatory_day_off', 'swapped_day_off', 'makeup_working_day'];

/** Days with a reason of their own (not just the ordinary week). */
export const isSpecialKind = (kind: DayKind): kind is ScheduleEntryKind => kind !== 'working_day' && kind !== 'weekly_rest';

/** The CSS class that colours a day of this kind (styles.css, with a text cue beside the colour). */
export const kindClass = (kind: DayKind): string => `cchc-day-${kind.replace(/_/g, '-')}`;

/** The reason of a special day in the reader's language (English falls back to Vietnamese). */
export const reasonIn = (day: Pick<CalendarDay, 'reason' | 'reasonEn'>, lang: Lang): string | undefined =>
  lang === 'en' ? day.reasonEn || day.reason : day.reason;

/** "1/3" is the first day of a lunar month (lunar dates are "day/month"). */
export const isLunarMonthStart = (lunar: string): boolean => lunar.split('/')[0] === '1';
