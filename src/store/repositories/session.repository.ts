import { one, sql, toIso, type Executor } from '../db.js';

/** Login sessions, stored by the SHA-256 of their secret. */
export const sessionRepository = (ex: Executor) => ({
  async insert(s: { idHash: string; userId: string; expiresAt: Date; ip: string | null; userAgent: string | null }): Promise<void> {
    await ex.execute(sql`insert into sessions (id_hash, user_id, expires_at, ip, user_agent)
      values (${s.idHash}, ${s.userId}, ${s.expiresAt.toISOString()}, ${s.ip}, ${s.userAgent})`);
  },
  async find(idHash: string): Promise<{ userId: string; expiresAt: string; lastSeenAt: string } | undefined> {
    const row = await one<{ user_id: string; expires_at: string; last_seen_at: string }>(ex, sql`select user_id, expires_at, last_seen_at from sessions where id_hash = ${idHash}`);
    return row && { userId: row.user_id, expiresAt: toIso(row.expires_at)!, lastSeenAt: toIso(row.last_seen_at)! };
  },
  async touch(idHash: string, expiresAt: Date): Promise<void> {
    await ex.execute(sql`update sessions set last_seen_at = now(), expires_at = ${expiresAt.toISOString()} where id_hash = ${idHash}`);
  },
  async delete(idHash: string): Promise<void> {
    await ex.execute(sql`delete from sessions where id_hash = ${idHash}`);
  },
  async deleteForUser(userId: string, exceptIdHash: string | null = null): Promise<void> {
    await ex.execute(sql`delete from sessions where user_id = ${userId} and id_hash is distinct from ${exceptIdHash}`);
  },
  async deleteExpired(now: Date): Promise<void> {
    await ex.execute(sql`delete from sessions where expires_at < ${now.toISOString()}`);
  },
});
