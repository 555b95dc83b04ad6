import { LoginOutlined } from '@ant-design/icons';
import { Button, Flex, Layout } from 'antd';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { SkipLink } from '../../../ui/skip-link';
import { useDocumentTitle } from '../../../ui/use-document-title';
import { loginPathFor } from '../../auth/utils/safe-next';
import { LanguageSwitch } from '../../i18n/components/language-switch';
import { MainContent, MAIN_ID } from './main-content';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { MODULES, moduleForPath } from '../utils/module-catalogue';


/** The frame for visitors on public pages (organisation, working calendar): brand, their links, language, login. */
export function PublicShell() {
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const current = moduleForPath(location.pathname);
  useDocumentTitle(current ? t(`module.${current.id}.title`) : undefined, t('app.name'));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink targetId={MAIN_ID} label={t('shell.skipToContent')} />
      <Layout.Header className="cchc-header">
        <Link to="/org" className="cchc-public-title">{t('app.name')}</Link>
        <nav aria-label={t('shell.publicMenu')} className="cchc-public-nav">
          {MODULES.filter((entry) => entry.public).map((entry) => (
            <NavLink key={entry.id} to={entry.path} end>{t(`module.${entry.id}.title`)}</NavLink>
          ))}
        </nav>
        <Flex align="center" gap={16} style={{ marginLeft: 'auto' }}>
          <LanguageSwitch />
          <Button type="primary" icon={<LoginOutlined />}
            onClick={() => navigate(loginPathFor(location.pathname, location.search))}>
            {t('login.submit')}
          </Button>
        </Flex>
      </Layout.Header>
      <MainContent />
    </Layout>
  );
}
