import type { TimeLimit } from '../../../api/types';
import type { I18n } from '../../i18n/hooks/use-i18n';

const UNITS = ['working_days', 'working_hours', 'calendar_days', 'same_day'] as const;

/** "3 ngày làm việc", "Trong ngày", "20 ngày"… — a procedure's time limit in words. */
export function timeLimitText(limit: TimeLimit, t: I18n['t'], lang: I18n['lang']): string {
  const unit = UNITS.find((known) => known === limit.unit);
  const value = limit.value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  return unit ? t(`procedures.limit.${unit}`, { value }) : `${value} ${limit.unit}`;
}

/** Full-online procedures first, then partly online, then the rest (a citizen's choice list). */
export const ONLINE_RANK: Record<string, number> = { full: 0, partial: 1, none: 2 };
