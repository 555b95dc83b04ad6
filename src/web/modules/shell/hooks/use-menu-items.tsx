import type { MenuProps } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../auth/hooks/use-session';
import { useI18n } from '../../i18n/hooks/use-i18n';
import type { ModuleEntry } from '../utils/module-catalogue';
import { ADMIN_GROUP_ICON, MODULES } from '../utils/module-catalogue';

type MenuItem = Required<MenuProps>['items'][number];

/** The menu key of the submenu that holds a module's children (e.g. the calendar and its schedule editor). */
export const submenuKey = (id: string) => `group:${id}`;

/**
 * Sider menu entries the user may open; each label is a real link (keyboard, new tab, screen readers).
 * A module with visible children becomes a submenu whose first item opens the module itself.
 */
export function useMenuItems(): MenuItem[] {
  const { t, tOr } = useI18n();
  const { hasRole } = useSession();
  return useMemo(() => {
    const visible = MODULES.filter((entry) => !entry.roles || entry.roles.some(hasRole));
    const toItem = (entry: ModuleEntry, label = t(`module.${entry.id}.title`)): MenuItem => ({
      key: entry.path,
      icon: entry.icon,
      label: <Link to={entry.path}>{label}</Link>,
    });
    const withChildren = (entry: ModuleEntry): MenuItem => {
      const children = visible.filter((child) => child.parent === entry.id);
      if (children.length === 0) return toItem(entry);
      return {
        key: submenuKey(entry.id),
        icon: entry.icon,
        label: t(`module.${entry.id}.title`),
        children: [toItem(entry, tOr(`module.${entry.id}.view`, t(`module.${entry.id}.title`))), ...children.map((child) => toItem(child))],
      };
    };
    const main = visible.filter((entry) => !entry.group && !entry.parent).map(withChildren);
    const admin = visible.filter((entry) => entry.group === 'admin').map(withChildren);
    return admin.length === 0 ? main
      : [...main, { key: 'admin', icon: ADMIN_GROUP_ICON, label: t('module.admin.title'), children: admin }];
  }, [t, tOr, hasRole]);
}
