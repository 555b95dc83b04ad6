import { ApiError } from '../../../api/client';
import { getProcedure } from '../../../api/procedures';
import type { ProcedureVersionView } from '../../../api/types';
import type { ApiState } from '../../../api/use-api';
import { useApi } from '../../../api/use-api';
import { todayInProvince } from '../../i18n/utils/format-date';

/** The version of a procedure in force today (its components, channels, time limit); null when none is. */
export function useProcedureInForce(code: string | undefined): ApiState<ProcedureVersionView | null> {
  return useApi(async (signal) => {
    if (!code) return null;
    try {
      return (await getProcedure(code, todayInProvince(), signal)).inForce;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  }, [code]);
}
