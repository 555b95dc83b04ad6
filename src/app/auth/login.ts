import { DomainError } from '../../domain/errors.js';
import { sessionRepository } from '../../store/repositories/session.repository.js';
import { userRepository, type UserRecord } from '../../store/repositories/user.repository.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import type { AppContext } from '../app-context.js';
import { verifyPassword } from './password-hasher.js';
import { hashSecret, newSecret } from './secrets.js';
import { toActor } from './to-actor.js';

/** Sessions last 12 hours from the last request (sliding). */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export type LoginOptions = { username: string; password: string; ip: string | null; userAgent: string | null };
export type LoginResult = { user: UserRecord; sessionSecret: string; expiresAt: Date };

const invalid = () => new DomainError('INVALID_CREDENTIALS', 'Wrong username or password.', 'Sai tên đăng nhập hoặc mật khẩu.');

/** Checks the password (argon2id) and opens a session; a failure never tells whether the user exists. */
export async function login(ctx: AppContext, o: LoginOptions): Promise<LoginResult> {
  const user = await userRepository(ctx.db.orm).findByUsername(o.username);
  const ok = await verifyPassword(user?.active ? user.passwordHash : null, o.password);
  if (!ok || !user) {
    await auditRepository(ctx.db.orm).record(null, 'auth.login_failed', { type: 'user', id: null }, null, { username: o.username.slice(0, 100), ip: o.ip });
    throw invalid();
  }
  const sessionSecret = newSecret();
  const expiresAt = new Date(ctx.now().getTime() + SESSION_TTL_MS);
  await ctx.db.transaction(async (tx) => {
    await sessionRepository(tx).insert({ idHash: hashSecret(sessionSecret), userId: user.id, expiresAt, ip: o.ip, userAgent: o.userAgent });
    await auditRepository(tx).record(toActor(user, o.ip), 'auth.login', { type: 'user', id: user.id }, null, { userAgent: o.userAgent });
  });
  return { user, sessionSecret, expiresAt };
}
