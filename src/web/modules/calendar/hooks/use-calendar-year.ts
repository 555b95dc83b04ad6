import { listCalendarDays } from '../../../api/calendar';
import type { CalendarDay, LocalDate } from '../../../api/types';
import type { ApiState } from '../../../api/use-api';
import { useApi } from '../../../api/use-api';

export type DayMap = ReadonlyMap<LocalDate, CalendarDay>;

/** Years already loaded this session: moving between months of a year does not wait on the network. */
const cache = new Map<number, DayMap>();

/** Forgets the loaded years (after a schedule is saved or deleted, the days change). */
export function forgetCalendarDays(): void {
  cache.clear();
}

/** Every day of `year` (one request of 365/366 days), by date. */
export function useCalendarYear(year: number): ApiState<DayMap> {
  return useApi(async (signal) => {
    const hit = cache.get(year);
    if (hit) return hit;
    const { days } = await listCalendarDays(`${year}-01-01`, `${year}-12-31`, signal);
    const map: DayMap = new Map(days.map((day) => [day.date, day]));
    cache.set(year, map);
    return map;
  }, [year]);
}
