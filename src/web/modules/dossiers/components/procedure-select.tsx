import { Select, Tag } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { listProcedures } from '../../../api/procedures';
import type { ProcedureListItem } from '../../../api/types';
import { useApi } from '../../../api/use-api';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { todayInProvince } from '../../i18n/utils/format-date';
import { ONLINE_RANK, timeLimitText } from '../utils/time-limit';

export type ProcedureSelectProps = {
  id?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  /** For citizens: only procedures that take online dossiers, full-online ones first. */
  onlineOnly?: boolean;
  'aria-describedby'?: string;
  'data-testid'?: string;
};

/** A procedure in force today, searched on the server (name or code, with or without accents); code, name and time limit. */
export function ProcedureSelect({ id, value, onChange, onlineOnly = false, ...rest }: ProcedureSelectProps) {
  const { t, lang } = useI18n();
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const known = useRef(new Map<string, ProcedureListItem>());
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(input.trim()), 250);
    return () => window.clearTimeout(timer);
  }, [input]);
  const found = useApi((signal) => listProcedures({ q: query || undefined, asOf: todayInProvince(), pageSize: 50 }, signal), [query]);

  const options = useMemo(() => {
    const items = (found.data?.procedures ?? []).filter((p) => !onlineOnly || p.channels.includes('online'));
    if (onlineOnly) items.sort((a, b) => (ONLINE_RANK[a.onlineLevel] ?? 3) - (ONLINE_RANK[b.onlineLevel] ?? 3));
    for (const item of items) known.current.set(item.code, item);
    const chosen = value ? known.current.get(value) : undefined;
    const list = chosen && !items.some((p) => p.code === chosen.code) ? [chosen, ...items] : items;
    return list.map((p) => ({
      value: p.code,
      label: `${p.code} — ${p.name}`,
      item: p,
    }));
  }, [found.data, onlineOnly, value]);

  return (
    <Select<string, (typeof options)[number]>
      id={id}
      value={value}
      onChange={(code) => { onChange?.(code ?? undefined); setInput(''); }}
      loading={found.loading}
      allowClear
      placeholder={t('intake.procedurePlaceholder')}
      showSearch={{ filterOption: false, onSearch: setInput, searchValue: input }}
      notFoundContent={found.loading ? t('common.loading') : t('common.noResults')}
      options={options}
      optionRender={(option) => {
        const p = option.data.item;
        return (
          <div style={{ whiteSpace: 'normal' }}>
            <span className="cchc-mono">{p.code}</span> {p.name}
            <div className="cchc-muted-text" style={{ fontSize: 12 }}>
              {timeLimitText(p.timeLimit, t, lang)} · {p.fieldName}
              {p.onlineLevel === 'full' && <Tag color="green" style={{ marginLeft: 8 }}>{t('submission.fullOnline')}</Tag>}
            </div>
          </div>
        );
      }}
      {...rest}
    />
  );
}
