import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Table, Tag } from 'antd';
import type { ApiToken } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';

export type TokensTableProps = { tokens: ApiToken[]; loading: boolean; onRevoke: (token: ApiToken) => Promise<void> };

/** The user's own API tokens: when made, last used, expiry; revoke after a confirmation. */
export function TokensTable({ tokens, loading, onRevoke }: TokensTableProps) {
  const { t, formatDateTime } = useI18n();
  const now = Date.now();
  return (
    <Table<ApiToken>
      rowKey="id"
      loading={loading}
      dataSource={tokens}
      pagination={false}
      scroll={{ x: 720 }}
      locale={{ emptyText: t('tokens.none') }}
      columns={[
        { key: 'name', title: t('tokens.name'), dataIndex: 'name' },
        { key: 'prefix', title: t('tokens.prefix'), render: (_, token) => <code>{token.prefix}…</code> },
        { key: 'createdAt', title: t('tokens.createdAt'), render: (_, token) => formatDateTime(token.createdAt) },
        { key: 'lastUsedAt', title: t('tokens.lastUsedAt'), render: (_, token) => token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t('tokens.neverUsed') },
        {
          key: 'expiresAt', title: t('tokens.expiresAt'),
          render: (_, token) => !token.expiresAt ? t('tokens.never')
            : new Date(token.expiresAt).getTime() < now ? <Tag color="red">{t('tokens.expired')}</Tag> : formatDateTime(token.expiresAt),
        },
        {
          key: 'actions', title: t('common.actions'),
          render: (_, token) => (
            <Popconfirm title={t('tokens.revokeConfirm', { name: token.name })} okText={t('tokens.revoke')}
              cancelText={t('common.cancel')} okButtonProps={{ danger: true }} onConfirm={() => onRevoke(token)}>
              <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('tokens.revokeOf', { name: token.name })}>
                {t('tokens.revoke')}
              </Button>
            </Popconfirm>
          ),
        },
      ]}
    />
  );
}
