import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { LocalDate } from '../../../api/types';
import { todayInProvince } from '../../i18n/utils/format-date';
import type { PeriodChoice } from '../utils/period-ranges';
import { isLocalDate, isPeriodChoice } from '../utils/period-ranges';

export type StatisticsParams = {
  /** Unit code; undefined = the user's default unit. */
  unit: string | undefined;
  preset: PeriodChoice;
  /** Reference date of a preset (the month, quarter or year it names). */
  date: LocalDate;
  /** For `first_months`. */
  months: number;
  /** For `custom`. */
  from: LocalDate | undefined;
  to: LocalDate | undefined;
};

export const DEFAULT_PRESET: PeriodChoice = 'year';
const DEFAULT_MONTHS = 10;

/** The dashboard's choices in the address (?unit=&preset=&date=&months=&from=&to=), so a report can be linked and Back works. */
export function useStatisticsParams(): [StatisticsParams, (change: Partial<StatisticsParams>) => void] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo<StatisticsParams>(() => {
    const preset = search.get('preset');
    const date = search.get('date');
    const months = Number(search.get('months'));
    const from = search.get('from');
    const to = search.get('to');
    return {
      unit: search.get('unit') || undefined,
      preset: isPeriodChoice(preset) ? preset : DEFAULT_PRESET,
      date: isLocalDate(date) ? date : todayInProvince(),
      months: Number.isInteger(months) && months >= 1 && months <= 12 ? months : DEFAULT_MONTHS,
      from: isLocalDate(from) ? from : undefined,
      to: isLocalDate(to) ? to : undefined,
    };
  }, [search]);
  const update = useCallback((change: Partial<StatisticsParams>) => {
    setSearch((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(change)) {
        if (value === undefined || value === '') next.delete(key);
        else next.set(key, String(value));
      }
      return next;
    }, { replace: false });
  }, [setSearch]);
  return [params, update];
}
