import { Card, Flex, Typography } from 'antd';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import type { User } from '../api/types';
import { LoginForm } from '../modules/auth/components/login-form';
import { useSession } from '../modules/auth/hooks/use-session';
import { safeNext } from '../modules/auth/utils/safe-next';
import { LanguageSwitch } from '../modules/i18n/components/language-switch';
import { useI18n } from '../modules/i18n/hooks/use-i18n';
import { Brand } from '../modules/shell/components/brand';
import { FullPageSpin } from '../ui/full-page-spin';
import { useDocumentTitle } from '../ui/use-document-title';

/** /login — then on to `?next=` (the page the user wanted), or the dashboard. */
export function LoginPage() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  useDocumentTitle(t('login.title'), t('app.name'));

  if (session.status === 'loading') return <FullPageSpin label={t('common.loading')} />;
  if (session.status === 'authenticated') return <Navigate to={next} replace />;

  const onSuccess = (user: User) => {
    session.signIn(user);
    navigate(next, { replace: true });
  };

  return (
    <Flex vertical align="center" justify="center" className="cchc-login">
      <Flex justify="space-between" align="center" style={{ width: '100%', maxWidth: 420, marginBottom: 16 }}>
        <Brand />
        <LanguageSwitch />
      </Flex>
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <main>
          <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>{t('login.title')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('login.lead')}</Typography.Paragraph>
          <LoginForm onSuccess={onSuccess} />
        </main>
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, maxWidth: 420, textAlign: 'center' }}>
        {t('login.publicHint')}{' '}<Link to="/org">{t('module.org.title')}</Link>
      </Typography.Paragraph>
    </Flex>
  );
}
