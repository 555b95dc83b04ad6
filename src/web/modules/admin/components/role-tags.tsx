import { Tag } from 'antd';
import type { RoleCode } from '../../../api/types';

const ROLE_COLOURS: Partial<Record<RoleCode, string>> = {
  system_admin: 'red', par_agency: 'purple', leader: 'gold', unit_officer: 'blue', desk_officer: 'cyan', citizen: 'default',
};

/** A user's roles as tags, named in the reader's language. */
export function RoleTags({ roles, roleName }: { roles: RoleCode[]; roleName: (code: string) => string }) {
  return <>{roles.map((role) => <Tag key={role} color={ROLE_COLOURS[role]}>{roleName(role)}</Tag>)}</>;
}
