import { getSchedule } from '../../../api/calendar';
import { ApiError } from '../../../api/client';
import type { Schedule } from '../../../api/types';
import type { ApiState } from '../../../api/use-api';
import { useApi } from '../../../api/use-api';

/** A year's announced schedule; null when it has none (404: the Labour Code's rules apply). */
export function useSchedule(year: number): ApiState<Schedule | null> {
  return useApi(async (signal) => {
    try {
      return await getSchedule(year, signal);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  }, [year]);
}
