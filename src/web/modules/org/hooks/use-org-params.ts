import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { LocalDate, OrgLevel } from '../../../api/types';
import { todayInProvince } from '../../i18n/utils/format-date';
import { ORG_LEVELS } from '../utils/levels';

export type OrgParams = { asOf: LocalDate; level?: OrgLevel; q: string; unit?: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The browser's state lives in the URL (?asOf=&level=&q=&unit=) so a view can be bookmarked and shared. */
export function useOrgParams(): [OrgParams, (change: Partial<OrgParams>, options?: { replace?: boolean }) => void] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo<OrgParams>(() => {
    const asOf = search.get('asOf');
    const level = search.get('level') as OrgLevel | null;
    return {
      asOf: asOf && ISO_DATE.test(asOf) ? asOf : todayInProvince(),
      level: level && ORG_LEVELS.includes(level) ? level : undefined,
      q: search.get('q') ?? '',
      unit: search.get('unit') ?? undefined,
    };
  }, [search]);

  const update = useCallback((change: Partial<OrgParams>, options?: { replace?: boolean }) => {
    // From the address bar, not the render's copy: two changes in one tick (close panel, then type) both survive.
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(change)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    setSearch(next, { replace: options?.replace ?? false });
  }, [setSearch]);

  return [params, update];
}
