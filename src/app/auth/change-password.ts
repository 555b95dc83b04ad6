import type { Actor } from '../../domain/auth/actor.js';
import { checkPasswordStrength } from '../../domain/auth/password-policy.js';
import { DomainError } from '../../domain/errors.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { sessionRepository } from '../../store/repositories/session.repository.js';
import { userRepository } from '../../store/repositories/user.repository.js';
import type { AppContext } from '../app-context.js';
import { hashPassword, verifyPassword } from './password-hasher.js';
import { hashSecret } from './secrets.js';

/** Changes one's own password after checking the current one; other sessions of the user end. */
export async function changePassword(ctx: AppContext, o: { actor: Actor; currentPassword: string; newPassword: string; sessionSecret: string | null }): Promise<void> {
  if (!o.actor.userId) throw new DomainError('NOT_ALLOWED', 'Only users have passwords.', 'Chỉ người dùng mới có mật khẩu.');
  const user = await userRepository(ctx.db.orm).findById(o.actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, o.currentPassword))) {
    throw new DomainError('INVALID_CREDENTIALS', 'The current password is wrong.', 'Mật khẩu hiện tại không đúng.', { field: 'currentPassword' });
  }
  checkPasswordStrength(o.newPassword, user.username);
  const passwordHash = await hashPassword(o.newPassword);
  await ctx.db.transaction(async (tx) => {
    await userRepository(tx).update(user.id, { passwordHash });
    await sessionRepository(tx).deleteForUser(user.id, o.sessionSecret ? hashSecret(o.sessionSecret) : null);
    await auditRepository(tx).record(o.actor, 'auth.password_changed', { type: 'user', id: user.id }, null, null);
  });
}
