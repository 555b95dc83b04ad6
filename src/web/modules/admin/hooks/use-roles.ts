import { useCallback } from 'react';
import { listRoles } from '../../../api/admin';
import type { Role } from '../../../api/types';
import { useApi } from '../../../api/use-api';
import { useI18n } from '../../i18n/hooks/use-i18n';

let cached: Role[] | undefined;

/** The roles the server knows (GET /admin/roles), and their names in the current language. */
export function useRoles() {
  const { lang } = useI18n();
  const state = useApi(async (signal) => (cached ??= (await listRoles(signal)).roles), []);
  const roleName = useCallback((code: string) => {
    const role = state.data?.find((entry) => entry.code === code);
    return role ? (lang === 'vi' ? role.nameVi : role.nameEn) : code;
  }, [state.data, lang]);
  return { ...state, roles: state.data ?? [], roleName };
}
