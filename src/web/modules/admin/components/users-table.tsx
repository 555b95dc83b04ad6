import { EditOutlined, KeyOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag } from 'antd';
import type { AdminUser } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { RoleTags } from './role-tags';

export type UsersTableProps = {
  users: AdminUser[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  roleName: (code: string) => string;
  onPage: (page: number, pageSize: number) => void;
  onEdit: (user: AdminUser) => void;
  onResetPassword: (user: AdminUser) => void;
};

/** One page of users (server-side paging), with edit and reset-password actions. */
export function UsersTable(props: UsersTableProps) {
  const { t, formatDateTime } = useI18n();
  return (
    <Table<AdminUser>
      rowKey="id"
      loading={props.loading}
      dataSource={props.users}
      scroll={{ x: 1200 }}
      pagination={{
        current: props.page,
        pageSize: props.pageSize,
        total: props.total,
        showSizeChanger: true,
        showTotal: (total) => t('common.totalRows', { total }),
        onChange: props.onPage,
      }}
      columns={[
        { key: 'username', title: t('users.username'), dataIndex: 'username', width: 160, render: (value: string) => <code className="cchc-break">{value}</code> },
        { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName' },
        { key: 'unit', title: t('users.unit'), render: (_, user) => user.unitName ?? t('common.none') },
        { key: 'roles', title: t('users.roles'), width: 220, render: (_, user) => <RoleTags roles={user.roles} roleName={props.roleName} /> },
        {
          key: 'active', title: t('users.status'), width: 140,
          render: (_, user) => <Tag color={user.active ? 'green' : 'default'}>{user.active ? t('users.active') : t('users.inactive')}</Tag>,
        },
        { key: 'createdAt', title: t('users.createdAt'), width: 120, render: (_, user) => formatDateTime(user.createdAt) },
        {
          key: 'actions', title: t('common.actions'), fixed: 'right', width: 190,
          render: (_, user) => (
            <Space size={4} orientation="vertical">
              <Button size="small" icon={<EditOutlined />} onClick={() => props.onEdit(user)}
                aria-label={t('users.editOf', { name: user.username })}>{t('common.edit')}</Button>
              <Button size="small" icon={<KeyOutlined />} onClick={() => props.onResetPassword(user)}
                aria-label={t('users.resetPasswordOf', { name: user.username })}>{t('users.resetPassword')}</Button>
            </Space>
          ),
        },
      ]}
    />
  );
}
