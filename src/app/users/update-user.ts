import type { Actor } from '../../domain/auth/actor.js';
import { requireRole } from '../../domain/auth/access-scope.js';
import { checkPasswordStrength } from '../../domain/auth/password-policy.js';
import type { Role } from '../../domain/auth/roles.js';
import { DomainError } from '../../domain/errors.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { sessionRepository } from '../../store/repositories/session.repository.js';
import { userRepository, type UserRecord } from '../../store/repositories/user.repository.js';
import type { AppContext } from '../app-context.js';
import { hashPassword } from '../auth/password-hasher.js';
import { requireUnitToday } from './create-user.js';
import { userSnapshot } from './user-snapshot.js';

export type UpdateUserOptions = { actor: Actor; userId: string; displayName?: string; unitId?: string; roles?: Role[]; active?: boolean; password?: string };

/** Changes an account; deactivating it or resetting its password ends its sessions. An admin cannot lock themself out. */
export async function updateUser(ctx: AppContext, o: UpdateUserOptions): Promise<UserRecord> {
  requireRole(o.actor, ['system_admin']);
  if (o.unitId) await requireUnitToday(ctx, o.unitId);
  const passwordHash = o.password === undefined ? undefined : await hashPassword(o.password);
  return ctx.db.transaction(async (tx) => {
    const users = userRepository(tx);
    const before = await users.getForUpdate(o.userId);
    if (!before) throw new DomainError('NOT_FOUND', 'No such user.', 'Không tìm thấy người dùng.', { field: 'id' });
    if (o.password !== undefined) checkPasswordStrength(o.password, before.username);
    if (o.actor.userId === before.id && (o.active === false || (o.roles && !o.roles.includes('system_admin')))) {
      throw new DomainError('NOT_ALLOWED', 'You cannot deactivate yourself or remove your own administrator role.', 'Bạn không thể tự khóa tài khoản hoặc tự bỏ vai trò quản trị của mình.', { field: 'roles' });
    }
    await users.update(before.id, { displayName: o.displayName, unitId: o.unitId, active: o.active, passwordHash });
    if (o.roles) await users.setRoles(before.id, o.roles);
    if (o.active === false || passwordHash) await sessionRepository(tx).deleteForUser(before.id);
    const after = (await users.findById(before.id))!;
    await auditRepository(tx).record(o.actor, 'user.updated', { type: 'user', id: before.id }, userSnapshot(before), { ...userSnapshot(after), passwordReset: passwordHash ? true : undefined });
    return after;
  });
}
