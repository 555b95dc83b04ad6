import { getLunarNewYear } from '../../../api/calendar';
import type { LocalDate } from '../../../api/types';
import type { ApiState } from '../../../api/use-api';
import { useApi } from '../../../api/use-api';

const cache = new Map<number, LocalDate>();

/** The date of Tết (lunar 1/1) in `year`. */
export function useLunarNewYear(year: number): ApiState<LocalDate> {
  return useApi(async (signal) => {
    const hit = cache.get(year);
    if (hit) return hit;
    const { date } = await getLunarNewYear(year, signal);
    cache.set(year, date);
    return date;
  }, [year]);
}
