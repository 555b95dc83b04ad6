import { Layout, Menu } from 'antd';
import { useState } from 'react';
import { useLocation } from 'react-router';
import type { User } from '../../../api/types';
import { SkipLink } from '../../../ui/skip-link';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { MainContent, MAIN_ID } from './main-content';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { submenuKey, useMenuItems } from '../hooks/use-menu-items';
import { moduleForPath } from '../utils/module-catalogue';
import { AppHeader } from './app-header';
import { Brand } from './brand';


/** The signed-in frame: Sider with the modules, header with the user, and the page in <main>. */
export function AppShell({ user }: { user: User }) {
  const { t } = useI18n();
  const location = useLocation();
  const items = useMenuItems();
  const [collapsed, setCollapsed] = useState(false);
  const current = moduleForPath(location.pathname);
  useDocumentTitle(current ? t(`module.${current.id}.title`) : undefined, t('app.name'));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink targetId={MAIN_ID} label={t('shell.skipToContent')} />
      <Layout.Sider
        id="cchc-sider"
        width={288}
        collapsedWidth={64}
        breakpoint="lg"
        collapsed={collapsed}
        onBreakpoint={setCollapsed}
        trigger={null}
        className="cchc-sider"
      >
        <Brand compact={collapsed} dark />
        <nav aria-label={t('shell.mainMenu')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={current ? [current.path] : []}
            defaultOpenKeys={['admin', submenuKey(current?.parent ?? current?.id ?? '')]}
            items={items}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <AppHeader user={user} collapsed={collapsed} onToggle={() => setCollapsed((value) => !value)} />
        <MainContent />
      </Layout>
    </Layout>
  );
}
