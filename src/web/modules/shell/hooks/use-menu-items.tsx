import type { MenuProps } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../auth/hooks/use-session';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { ADMIN_GROUP_ICON, MODULES } from '../utils/module-catalogue';

type MenuItem = Required<MenuProps>['items'][number];

/** Sider menu entries the user may open; each label is a real link (keyboard, new tab, screen readers). */
export function useMenuItems(): MenuItem[] {
  const { t } = useI18n();
  const { hasRole } = useSession();
  return useMemo(() => {
    const visible = MODULES.filter((entry) => !entry.role || hasRole(entry.role));
    const toItem = (entry: (typeof MODULES)[number]): MenuItem => ({
      key: entry.path,
      icon: entry.icon,
      label: <Link to={entry.path}>{t(`module.${entry.id}.title`)}</Link>,
    });
    const main = visible.filter((entry) => !entry.group).map(toItem);
    const admin = visible.filter((entry) => entry.group === 'admin').map(toItem);
    return admin.length === 0 ? main
      : [...main, { key: 'admin', icon: ADMIN_GROUP_ICON, label: t('module.admin.title'), children: admin }];
  }, [t, hasRole]);
}
