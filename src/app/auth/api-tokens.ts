import type { Actor } from '../../domain/auth/actor.js';
import { DomainError } from '../../domain/errors.js';
import { apiTokenRepository, type ApiTokenRecord } from '../../store/repositories/api-token.repository.js';
import { auditRepository } from '../../store/repositories/audit.repository.js';
import type { AppContext } from '../app-context.js';
import { hashSecret, newSecret } from './secrets.js';

const requireUser = (actor: Actor): string => {
  if (!actor.userId) throw new DomainError('NOT_ALLOWED', 'Only users own API tokens.', 'Chỉ người dùng mới có mã truy cập API.');
  return actor.userId;
};

/** Creates a personal API token; the secret is returned once and stored only as a hash. */
export async function createApiToken(ctx: AppContext, o: { actor: Actor; name: string; expiresInDays: number | null }): Promise<{ token: ApiTokenRecord; secret: string }> {
  const userId = requireUser(o.actor);
  const secret = newSecret('cchc_');
  const expiresAt = o.expiresInDays ? new Date(ctx.now().getTime() + o.expiresInDays * 86_400_000) : null;
  return ctx.db.transaction(async (tx) => {
    const token = await apiTokenRepository(tx).insert({ userId, name: o.name, tokenHash: hashSecret(secret), prefix: secret.slice(0, 10), expiresAt });
    await auditRepository(tx).record(o.actor, 'auth.token_created', { type: 'api_token', id: token.id }, null, { name: token.name, expiresAt: token.expiresAt });
    return { token, secret };
  });
}

/** The actor's own active tokens. */
export function listApiTokens(ctx: AppContext, o: { actor: Actor }): Promise<ApiTokenRecord[]> {
  return apiTokenRepository(ctx.db.orm).listForUser(requireUser(o.actor));
}

/** Revokes one of the actor's tokens (an administrator may revoke anyone's). */
export async function revokeApiToken(ctx: AppContext, o: { actor: Actor; tokenId: string }): Promise<void> {
  const userId = requireUser(o.actor);
  await ctx.db.transaction(async (tx) => {
    const token = await apiTokenRepository(tx).findById(o.tokenId);
    if (!token || token.revokedAt || (token.userId !== userId && !o.actor.roles.includes('system_admin'))) {
      throw new DomainError('NOT_FOUND', 'No such token.', 'Không tìm thấy mã truy cập.', { field: 'id' });
    }
    await apiTokenRepository(tx).revoke(token.id);
    await auditRepository(tx).record(o.actor, 'auth.token_revoked', { type: 'api_token', id: token.id }, { name: token.name }, null);
  });
}
