import { Navigate, useLocation } from 'react-router';
import { FullPageSpin } from '../../../ui/full-page-spin';
import { useSession } from '../../auth/hooks/use-session';
import { loginPathFor } from '../../auth/utils/safe-next';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { PUBLIC_PATHS } from '../utils/module-catalogue';
import { AppShell } from './app-shell';
import { PublicShell } from './public-shell';

/** Signed in: the app shell. Anonymous: the public frame on public paths, the login page elsewhere. */
export function ShellGate() {
  const session = useSession();
  const location = useLocation();
  const { t } = useI18n();
  if (session.status === 'loading') return <FullPageSpin label={t('common.loading')} />;
  if (session.status === 'authenticated') return <AppShell user={session.user} />;
  if (PUBLIC_PATHS.includes(location.pathname)) return <PublicShell />;
  if (session.signedOut) return <Navigate to="/login" replace />;
  return <Navigate to={loginPathFor(location.pathname, location.search, location.hash)} replace />;
}
