import { listProcedures } from '../../../api/procedures';
import { useApi } from '../../../api/use-api';
import { todayInProvince } from '../../i18n/utils/format-date';

let cache: Promise<Map<string, string>> | undefined;

/**
 * Procedure names by code, for the queue (its rows carry only the code). Loaded once per session from the public
 * catalogue in force today; a code not found there (a procedure since repealed) is shown as the code alone.
 */
export function useProcedureNames(): Map<string, string> {
  const names = useApi(() => {
    cache ??= listProcedures({ asOf: todayInProvince(), pageSize: 200 })
      .then(({ procedures }) => new Map(procedures.map((p) => [p.code, p.name])))
      .catch((error: unknown) => { cache = undefined; throw error; });
    return cache;
  }, []);
  return names.data ?? EMPTY;
}

const EMPTY = new Map<string, string>();
