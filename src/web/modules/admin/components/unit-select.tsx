import { Select } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { todayInProvince } from '../../i18n/utils/format-date';
import { useOrgUnits } from '../../org/hooks/use-org-units';
import { matchesQuery } from '../../org/utils/fold-diacritics';

export type UnitSelectProps = { id?: string; value?: string; onChange?: (unitId: string) => void };

/** One unit valid today, searchable without accents ("so noi vu" finds "Sở Nội vụ") or by code. */
export function UnitSelect({ id, value, onChange }: UnitSelectProps) {
  const { t, collator } = useI18n();
  const { data, loading } = useOrgUnits(todayInProvince());
  const options = useMemo(() => [...(data ?? [])]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.code})`, search: `${unit.name} ${unit.nameEn ?? ''} ${unit.code}` })),
  [data, collator]);
  return (
    <Select<string, (typeof options)[number]>
      id={id}
      loading={loading}
      value={value}
      onChange={onChange}
      placeholder={t('users.unitPlaceholder')}
      showSearch={{ filterOption: (input, option) => matchesQuery(input, [option?.search]) }}
      options={options}
    />
  );
}
