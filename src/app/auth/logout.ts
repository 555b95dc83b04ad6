import type { Actor } from '../../domain/auth/actor.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import { sessionRepository } from '../../store/repositories/session.repository.js';
import type { AppContext } from '../app-context.js';
import { hashSecret } from './secrets.js';

/** Ends the session behind a cookie. */
export async function logout(ctx: AppContext, o: { actor: Actor; sessionSecret: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await sessionRepository(tx).delete(hashSecret(o.sessionSecret));
    await auditRepository(tx).record(o.actor, 'auth.logout', { type: 'user', id: o.actor.userId }, null, null);
  });
}
