import { DownOutlined, KeyOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { User } from '../../../api/types';
import { ChangePasswordDialog } from '../../auth/components/change-password-dialog';
import { useSession } from '../../auth/hooks/use-session';
import { useI18n } from '../../i18n/hooks/use-i18n';

/** The user's name and unit, a menu (change password, API tokens) and a visible logout button. */
export function UserMenu({ user }: { user: User }) {
  const { t } = useI18n();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [changingPassword, setChangingPassword] = useState(false);

  // The shell gate then shows /login (or keeps a visitor on a public page such as /org).
  const logout = () => signOut().catch(() => undefined);

  const items: MenuProps['items'] = [
    { key: 'password', icon: <LockOutlined />, label: t('shell.changePassword'), onClick: () => setChangingPassword(true) },
    { key: 'tokens', icon: <KeyOutlined />, label: t('module.tokens.title'), onClick: () => navigate('/admin/tokens') },
  ];

  return (
    <Flex align="center" gap={8}>
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button type="text" aria-label={t('shell.accountMenu', { name: user.displayName })} className="cchc-user-button">
          <UserOutlined aria-hidden />
          <span className="cchc-user-text">
            <Typography.Text strong ellipsis>{user.displayName}</Typography.Text>
            <Typography.Text type="secondary" ellipsis>{user.unitName ?? t('shell.noUnit')}</Typography.Text>
          </span>
          <DownOutlined aria-hidden style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      <Button icon={<LogoutOutlined />} onClick={logout}>{t('shell.logout')}</Button>
      <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
    </Flex>
  );
}
