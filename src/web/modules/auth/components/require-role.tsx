import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { RoleCode } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { useSession } from '../hooks/use-session';

/** Renders `children` only for holders of `role`; others see a 403 page that says why. */
export function RequireRole({ role, children }: { role: RoleCode; children: ReactNode }) {
  const { hasRole } = useSession();
  const { t } = useI18n();
  const navigate = useNavigate();
  if (hasRole(role)) return children;
  return (
    <Result
      status="403"
      title={t('errors.forbiddenTitle')}
      subTitle={t('errors.forbiddenRole')}
      extra={<Button type="primary" onClick={() => navigate('/')}>{t('common.backHome')}</Button>}
    />
  );
}
