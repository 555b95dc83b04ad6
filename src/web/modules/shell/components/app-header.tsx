import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Layout } from 'antd';
import type { User } from '../../../api/types';
import { LanguageSwitch } from '../../i18n/components/language-switch';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { UserMenu } from './user-menu';

export type AppHeaderProps = { user: User; collapsed: boolean; onToggle: () => void };

/** Menu toggle, language switch, the signed-in user (name, unit) and logout. */
export function AppHeader({ user, collapsed, onToggle }: AppHeaderProps) {
  const { t } = useI18n();
  return (
    <Layout.Header className="cchc-header">
      <Button
        type="text"
        icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
        onClick={onToggle}
        aria-label={collapsed ? t('shell.expandMenu') : t('shell.collapseMenu')}
        aria-expanded={!collapsed}
        aria-controls="cchc-sider"
      />
      <Flex align="center" gap={16} wrap style={{ marginLeft: 'auto', minWidth: 0 }}>
        <LanguageSwitch />
        <UserMenu user={user} />
      </Flex>
    </Layout.Header>
  );
}
