import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input } from 'antd';
import { useState } from 'react';
import { listUsers } from '../api/admin';
import type { AdminUser } from '../api/types';
import { useApi } from '../api/use-api';
import { ResetPasswordDialog } from '../modules/admin/components/reset-password-dialog';
import { UserCreateDialog } from '../modules/admin/components/user-create-dialog';
import { UserEditDialog } from '../modules/admin/components/user-edit-dialog';
import { UsersTable } from '../modules/admin/components/users-table';
import { useRoles } from '../modules/admin/hooks/use-roles';
import { useErrorText } from '../modules/i18n/hooks/use-error-text';
import { useI18n } from '../modules/i18n/hooks/use-i18n';
import { ErrorAlert } from '../ui/error-alert';
import { PageHeader } from '../ui/page-header';

/** /admin/users — Người dùng (system_admin only). */
export function AdminUsersPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { roleName } = useRoles();
  const [q, setQ] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<AdminUser>();
  const [resetting, setResetting] = useState<AdminUser>();
  const users = useApi((signal) => listUsers({ q, ...paging }, signal), [q, paging.page, paging.pageSize]);

  return (
    <>
      <PageHeader title={t('module.users.title')} description={t('users.lead')}
        extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('users.create')}</Button>} />
      <Card>
        <Flex vertical gap={4} style={{ maxWidth: 420, marginBottom: 16 }}>
          <label htmlFor="users-search" className="cchc-field-label">{t('users.search')}</label>
          <Input.Search id="users-search" allowClear enterButton={<SearchOutlined aria-label={t('common.search')} />}
            placeholder={t('users.searchPlaceholder')}
            onSearch={(value) => { setQ(value.trim()); setPaging((current) => ({ ...current, page: 1 })); }} />
        </Flex>
        {users.error !== undefined && <ErrorAlert message={errorText(users.error)} retry={{ label: t('common.retry'), onClick: users.reload }} />}
        <UsersTable
          users={users.data?.users ?? []}
          total={users.data?.total ?? 0}
          {...paging}
          loading={users.loading}
          roleName={roleName}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
          onEdit={setEditing}
          onResetPassword={setResetting}
        />
      </Card>
      <UserCreateDialog open={creating} onClose={() => setCreating(false)} onCreated={users.reload} />
      <UserEditDialog user={editing} onClose={() => setEditing(undefined)} onSaved={users.reload} />
      <ResetPasswordDialog user={resetting} onClose={() => setResetting(undefined)} />
    </>
  );
}
