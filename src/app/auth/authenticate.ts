import type { Actor } from '../../domain/auth/actor.js';
import { apiTokenRepository } from '../../store/repositories/api-token.repository.js';
import { sessionRepository } from '../../store/repositories/session.repository.js';
import { userRepository } from '../../store/repositories/user.repository.js';
import type { AppContext } from '../app-context.js';
import { SESSION_TTL_MS } from './login.js';
import { hashSecret } from './secrets.js';
import { toActor } from './to-actor.js';

const TOUCH_AFTER_MS = 5 * 60 * 1000;

/** The actor behind a session cookie, sliding its expiry; null when unknown, expired or the user is inactive. */
export async function authenticateSession(ctx: AppContext, secret: string, ip: string | null): Promise<Actor | null> {
  const idHash = hashSecret(secret);
  const sessions = sessionRepository(ctx.db.orm);
  const session = await sessions.find(idHash);
  const now = ctx.now();
  if (!session || Date.parse(session.expiresAt) <= now.getTime()) return null;
  const user = await userRepository(ctx.db.orm).findById(session.userId);
  if (!user?.active) return null;
  if (now.getTime() - Date.parse(session.lastSeenAt) > TOUCH_AFTER_MS) await sessions.touch(idHash, new Date(now.getTime() + SESSION_TTL_MS));
  return toActor(user, ip);
}

/** The actor behind a personal API token (Bearer), or null. */
export async function authenticateToken(ctx: AppContext, token: string, ip: string | null): Promise<Actor | null> {
  const tokens = apiTokenRepository(ctx.db.orm);
  const record = await tokens.findActiveByHash(hashSecret(token), ctx.now());
  if (!record) return null;
  const user = await userRepository(ctx.db.orm).findById(record.userId);
  if (!user?.active) return null;
  if (!record.lastUsedAt || ctx.now().getTime() - Date.parse(record.lastUsedAt) > TOUCH_AFTER_MS) await tokens.markUsed(record.id);
  return toActor(user, ip);
}
