import { listUnits } from '../../../api/org';
import type { LocalDate, OrgUnit } from '../../../api/types';
import type { ApiState } from '../../../api/use-api';
import { useApi } from '../../../api/use-api';

/** Answers for dates already asked this session: switching 30/06 ↔ 01/07 should not wait on the network. */
const cache = new Map<LocalDate, OrgUnit[]>();

/** Every unit valid on `asOf` (flat list, as the server sends it). */
export function useOrgUnits(asOf: LocalDate): ApiState<OrgUnit[]> {
  return useApi(async (signal) => {
    const hit = cache.get(asOf);
    if (hit) return hit;
    const { units } = await listUnits({ asOf }, signal);
    cache.set(asOf, units);
    return units;
  }, [asOf]);
}
