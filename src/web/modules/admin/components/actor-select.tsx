import { Select } from 'antd';
import { useState } from 'react';
import { listUsers } from '../../../api/admin';
import { useApi } from '../../../api/use-api';
import { useI18n } from '../../i18n/hooks/use-i18n';

export type ActorSelectProps = { id?: string; value?: string; onChange?: (actorId: string | undefined) => void };

/** Picks the user who acted, searching accounts on the server as one types. */
export function ActorSelect({ id, value, onChange }: ActorSelectProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const users = useApi((signal) => listUsers({ q: search, page: 1, pageSize: 20 }, signal), [search]);
  return (
    <Select<string>
      id={id}
      allowClear
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      placeholder={t('audit.anyActor')}
      loading={users.loading}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={users.loading ? t('common.loading') : t('common.noResults')}
      options={(users.data?.users ?? []).map((user) => ({ value: user.id, label: `${user.displayName} (${user.username})` }))}
      style={{ width: 260 }}
    />
  );
}
