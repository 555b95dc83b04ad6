import { one, rows, sql, toIso, type Executor } from '../db.js';

export type ApiTokenRecord = { id: string; userId: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; expiresAt: string | null; revokedAt: string | null };
type Row = { id: string; user_id: string; name: string; prefix: string; created_at: string; last_used_at: string | null; expires_at: string | null; revoked_at: string | null };

const toToken = (r: Row): ApiTokenRecord => ({
  id: r.id, userId: r.user_id, name: r.name, prefix: r.prefix, createdAt: toIso(r.created_at)!,
  lastUsedAt: toIso(r.last_used_at), expiresAt: toIso(r.expires_at), revokedAt: toIso(r.revoked_at),
});

/** Personal API tokens, stored by the SHA-256 of their secret. */
export const apiTokenRepository = (ex: Executor) => ({
  async insert(t: { userId: string; name: string; tokenHash: string; prefix: string; expiresAt: Date | null }): Promise<ApiTokenRecord> {
    const row = await one<Row>(ex, sql`insert into api_tokens (user_id, name, token_hash, prefix, expires_at)
      values (${t.userId}, ${t.name}, ${t.tokenHash}, ${t.prefix}, ${t.expiresAt?.toISOString() ?? null})
      returning id, user_id, name, prefix, created_at, last_used_at, expires_at, revoked_at`);
    return toToken(row!);
  },
  async findActiveByHash(tokenHash: string, now: Date): Promise<ApiTokenRecord | undefined> {
    const row = await one<Row>(ex, sql`select id, user_id, name, prefix, created_at, last_used_at, expires_at, revoked_at from api_tokens
      where token_hash = ${tokenHash} and revoked_at is null and (expires_at is null or expires_at > ${now.toISOString()})`);
    return row && toToken(row);
  },
  async listForUser(userId: string): Promise<ApiTokenRecord[]> {
    const list = await rows<Row>(ex, sql`select id, user_id, name, prefix, created_at, last_used_at, expires_at, revoked_at from api_tokens
      where user_id = ${userId} and revoked_at is null order by created_at desc`);
    return list.map(toToken);
  },
  async findById(id: string): Promise<ApiTokenRecord | undefined> {
    const row = await one<Row>(ex, sql`select id, user_id, name, prefix, created_at, last_used_at, expires_at, revoked_at from api_tokens where id = ${id}`);
    return row && toToken(row);
  },
  async markUsed(id: string): Promise<void> {
    await ex.execute(sql`update api_tokens set last_used_at = now() where id = ${id}`);
  },
  async revoke(id: string): Promise<void> {
    await ex.execute(sql`update api_tokens set revoked_at = now() where id = ${id} and revoked_at is null`);
  },
});
