import { Select } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { todayInProvince } from '../../i18n/utils/format-date';
import { useOrgUnits } from '../hooks/use-org-units';
import { matchesQuery } from '../utils/fold-diacritics';

export type UnitSelectProps = {
  id?: string;
  value?: string;
  onChange?: (unitId: string | undefined) => void;
  /** An optional choice: a clear button empties it. */
  allowClear?: boolean;
  placeholder?: string;
  'aria-describedby'?: string;
  'data-testid'?: string;
};

/** One unit valid today, searchable without accents ("so noi vu" finds "Sở Nội vụ") or by code; names in Vietnamese order. */
export function UnitSelect({ id, value, onChange, allowClear, placeholder, ...rest }: UnitSelectProps) {
  const { t, lang, collator } = useI18n();
  const { data, loading } = useOrgUnits(todayInProvince());
  const options = useMemo(() => {
    const name = (unit: { name: string; nameEn: string | null }) => (lang === 'en' && unit.nameEn ? unit.nameEn : unit.name);
    return [...(data ?? [])]
      .sort((a, b) => collator.compare(name(a), name(b)))
      .map((unit) => ({ value: unit.id, label: `${name(unit)} (${unit.code})`, search: `${unit.name} ${unit.nameEn ?? ''} ${unit.code}` }));
  }, [data, collator, lang]);
  return (
    <Select<string, (typeof options)[number]>
      id={id}
      loading={loading}
      value={value}
      onChange={(unitId) => onChange?.(unitId ?? undefined)}
      allowClear={allowClear}
      placeholder={placeholder ?? t('users.unitPlaceholder')}
      showSearch={{ filterOption: (input, option) => matchesQuery(input, [option?.search]) }}
      options={options}
      {...rest}
    />
  );
}
