import { getUnit } from '../../../api/org';
import type { LocalDate, OrgUnitDetail } from '../../../api/types';
import type { ApiState } from '../../../api/use-api';
import { useApi } from '../../../api/use-api';

/** The history of one unit, its current fields as of `asOf`; nothing is fetched while `id` is undefined. */
export function useUnitDetail(id: string | undefined, asOf: LocalDate): ApiState<OrgUnitDetail | undefined> {
  return useApi(async (signal) => (id ? getUnit(id, asOf, signal) : undefined), [id, asOf]);
}
