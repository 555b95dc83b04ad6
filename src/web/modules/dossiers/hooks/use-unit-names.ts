import { useMemo } from 'react';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { todayInProvince } from '../../i18n/utils/format-date';
import { useOrgUnits } from '../../org/hooks/use-org-units';

/** "Name (code)" of a unit valid today, by id, in the reader's language; the id itself while loading or when unknown. */
export function useUnitNames(): (unitId: string | null | undefined) => string {
  const { lang } = useI18n();
  const { data } = useOrgUnits(todayInProvince());
  return useMemo(() => {
    const byId = new Map((data ?? []).map((unit) => [unit.id, `${lang === 'en' && unit.nameEn ? unit.nameEn : unit.name} (${unit.code})`]));
    return (unitId) => (unitId ? byId.get(unitId) ?? unitId : '');
  }, [data, lang]);
}
