import { SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Space, Switch, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import type { QueueView } from '../../../api/types';
import { useSession } from '../../auth/hooks/use-session';
import { useI18n } from '../../i18n/hooks/use-i18n';
import type { QueueParams } from '../hooks/use-queue-params';
import { QUEUE_TABS } from '../utils/dossier-labels';

export type QueueToolbarProps = { params: QueueParams; onChange: (change: Partial<QueueParams>) => void };

/** The queue's tabs (the leader also sees apologies waiting for approval), a search box and "only mine". */
export function QueueToolbar({ params, onChange }: QueueToolbarProps) {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const [text, setText] = useState(params.q);
  useEffect(() => setText(params.q), [params.q]);
  const tabs = QUEUE_TABS.filter((entry) => !entry.roles || entry.roles.some(hasRole));
  return (
    <>
      <Tabs
        activeKey={params.tab}
        onChange={(tab) => onChange({ tab: tab as QueueView })}
        items={tabs.map(({ tab }) => ({ key: tab, label: <span data-testid={`queue-tab-${tab}`}>{t(`dossiers.tab.${tab}`)}</span> }))}
      />
      {params.tab !== 'alerts' && <Flex gap={16} wrap align="center" style={{ marginBottom: 16 }}>
        <Space.Compact style={{ maxWidth: 480, flex: '1 1 320px' }}>
          <Input
            aria-label={t('dossiers.search')}
            placeholder={t('dossiers.searchPlaceholder')}
            allowClear
            value={text}
            onChange={(event) => { setText(event.target.value); if (!event.target.value) onChange({ q: '' }); }}
            onPressEnter={() => onChange({ q: text.trim() })}
            data-testid="queue-search"
          />
          <Button icon={<SearchOutlined aria-hidden />} onClick={() => onChange({ q: text.trim() })} data-testid="queue-search-submit">
            {t('common.search')}
          </Button>
        </Space.Compact>
        <Flex gap={8} align="center">
          <Switch id="queue-mine" checked={params.mine} onChange={(mine) => onChange({ mine })} data-testid="queue-mine" />
          <label htmlFor="queue-mine">{t('dossiers.onlyMine')}</label>
        </Flex>
      </Flex>}
    </>
  );
}
