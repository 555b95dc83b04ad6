import { Select } from 'antd';
import type { RoleCode } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { useRoles } from '../hooks/use-roles';

export type RoleSelectProps = { id?: string; value?: RoleCode[]; onChange?: (roles: RoleCode[]) => void };

/** Several roles from GET /admin/roles; in English each shows its description (the server has no Vietnamese one). */
export function RoleSelect({ id, value, onChange }: RoleSelectProps) {
  const { t, lang } = useI18n();
  const { roles, loading } = useRoles();
  return (
    <Select<RoleCode[]>
      id={id}
      mode="multiple"
      loading={loading}
      value={value}
      onChange={onChange}
      placeholder={t('users.rolesPlaceholder')}
      showSearch={{ optionFilterProp: 'label' }}
      options={roles.map((role) => ({ value: role.code, label: lang === 'vi' ? role.nameVi : role.nameEn, description: lang === 'en' ? role.description : undefined }))}
      optionRender={(option) => (
        <div>
          <div>{option.label}</div>
          {option.data.description && <div className="cchc-muted-text" style={{ fontSize: 12, whiteSpace: 'normal' }}>{String(option.data.description)}</div>}
        </div>
      )}
    />
  );
}
