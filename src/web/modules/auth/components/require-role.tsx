import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { RoleCode } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import type { MessageKey } from '../../i18n/utils/catalogs';
import { useSession } from '../hooks/use-session';

export type RequireRoleProps = {
  /** One role, or several of which any will do. */
  role: RoleCode | readonly RoleCode[];
  /** The sentence telling others who the page is for (default: system administrators only). */
  forbiddenKey?: MessageKey;
  children: ReactNode;
};

/** Renders `children` only for holders of `role` (or one of the roles); others see a 403 page that says why. */
export function RequireRole({ role, forbiddenKey = 'errors.forbiddenRole', children }: RequireRoleProps) {
  const { hasRole } = useSession();
  const { t } = useI18n();
  const navigate = useNavigate();
  if ((typeof role === 'string' ? [role] : role).some(hasRole)) return children;
  return (
    <Result
      status="403"
      title={t('errors.forbiddenTitle')}
      subTitle={t(forbiddenKey)}
      extra={<Button type="primary" onClick={() => navigate('/')}>{t('common.backHome')}</Button>}
    />
  );
}
