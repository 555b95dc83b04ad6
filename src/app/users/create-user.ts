import type { Actor } from '../../domain/auth/actor.js';
import { requireRole } from '../../domain/auth/access-scope.js';
import { checkPasswordStrength } from '../../domain/auth/password-policy.js';
import type { Role } from '../../domain/auth/roles.js';
import { DomainError } from '../../domain/errors.js';
import { isValidOn } from '../../domain/org/org-types.js';
import { localDateOf } from '../../domain/shared/local-date.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { loadOrgHistory } from '../org/load-org-history.js';
import { userRepository, type UserRecord } from '../../store/repositories/user.repository.js';
import type { AppContext } from '../app-context.js';
import { hashPassword } from '../auth/password-hasher.js';
import { userSnapshot } from './user-snapshot.js';

export type CreateUserOptions = { actor: Actor; username: string; displayName: string; password: string; unitId: string; roles: Role[] };

/** Creates an account in a unit that exists today, with roles; usernames are unique regardless of case. */
export async function createUser(ctx: AppContext, o: CreateUserOptions): Promise<UserRecord> {
  requireRole(o.actor, ['system_admin']);
  checkPasswordStrength(o.password, o.username);
  await requireUnitToday(ctx, o.unitId);
  const passwordHash = await hashPassword(o.password);
  return ctx.db.transaction(async (tx) => {
    const users = userRepository(tx);
    if (await users.findByUsername(o.username)) {
      throw new DomainError('CONFLICT', `Username ${o.username} is taken.`, `Tên đăng nhập ${o.username} đã được sử dụng.`, { field: 'username' });
    }
    const id = await users.insert({ username: o.username, displayName: o.displayName, passwordHash, unitId: o.unitId, roles: o.roles });
    const user = (await users.findById(id))!;
    await auditRepository(tx).record(o.actor, 'user.created', { type: 'user', id }, null, userSnapshot(user));
    return user;
  });
}

/** Fails unless the unit exists and is valid today (accounts belong to living units). Reads the cached history, so call it before opening a transaction. */
export async function requireUnitToday(ctx: AppContext, unitId: string): Promise<void> {
  const unit = (await loadOrgHistory(ctx)).units.get(unitId);
  if (!unit || !isValidOn(unit, localDateOf(ctx.now()))) {
    throw new DomainError('INVALID_INPUT', 'The unit does not exist today.', 'Đơn vị không tồn tại vào ngày hôm nay.', { field: 'unitId' });
  }
}
