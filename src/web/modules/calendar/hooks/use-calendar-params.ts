import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { LocalDate } from '../../../api/types';
import { todayInProvince } from '../../i18n/utils/format-date';
import type { YearMonth } from '../utils/calendar-dates';
import { YEAR_MONTH, monthOf } from '../utils/calendar-dates';

export type CalendarView = 'month' | 'year';

export type CalendarParams = { month: YearMonth; view: CalendarView; day?: LocalDate };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar's state lives in the URL (?month=2024-02&day=2024-02-10&view=year), so a view can be shared. */
export function useCalendarParams(): [CalendarParams, (change: Partial<CalendarParams>, options?: { replace?: boolean }) => void] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo<CalendarParams>(() => {
    const day = search.get('day');
    const month = search.get('month');
    const validDay = day && ISO_DATE.test(day) ? day : undefined;
    return {
      month: month && YEAR_MONTH.test(month) ? month : monthOf(validDay ?? todayInProvince()),
      view: search.get('view') === 'year' ? 'year' : 'month',
      day: validDay,
    };
  }, [search]);

  const update = useCallback((change: Partial<CalendarParams>, options?: { replace?: boolean }) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(change)) {
      if (value === undefined || value === '' || (key === 'view' && value === 'month')) next.delete(key);
      else next.set(key, String(value));
    }
    setSearch(next, { replace: options?.replace ?? false });
  }, [setSearch]);

  return [params, update];
}
