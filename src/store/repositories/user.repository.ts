import type { Role } from '../../domain/auth/roles.js';
import { one, rows, sql, toIso, type Executor } from '../db.js';

export type UserRecord = {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  unitId: string;
  active: boolean;
  roles: Role[];
  createdAt: string;
  passwordChangedAt: string;
};

type UserRow = { id: string; username: string; display_name: string; password_hash: string; unit_id: string; active: boolean; roles: Role[] | null; created_at: string; password_changed_at: string };

const select = sql`select u.id, u.username, u.display_name, u.password_hash, u.unit_id, u.active, u.created_at, u.password_changed_at,
  coalesce((select array_agg(r.role order by r.role) from user_roles r where r.user_id = u.id), '{}') as roles from users u`;

function toUser(row: UserRow): UserRecord {
  return {
    id: row.id, username: row.username, displayName: row.display_name, passwordHash: row.password_hash, unitId: row.unit_id,
    active: row.active, roles: row.roles ?? [], createdAt: toIso(row.created_at)!, passwordChangedAt: toIso(row.password_changed_at)!,
  };
}

/** Users and their roles. */
export const userRepository = (ex: Executor) => ({
  async findByUsername(username: string): Promise<UserRecord | undefined> {
    const row = await one<UserRow>(ex, sql`${select} where lower(u.username) = lower(${username})`);
    return row && toUser(row);
  },
  async findById(id: string): Promise<UserRecord | undefined> {
    const row = await one<UserRow>(ex, sql`${select} where u.id = ${id}`);
    return row && toUser(row);
  },
  async getForUpdate(id: string): Promise<UserRecord | undefined> {
    await ex.execute(sql`select id from users where id = ${id} for update`);
    return this.findById(id);
  },
  async search(filter: { q?: string; unitIds?: string[] | null; limit: number; offset: number }): Promise<{ users: UserRecord[]; total: number }> {
    const q = filter.q ? `%${filter.q.toLowerCase()}%` : null;
    const where = sql`where (${q}::text is null or lower(u.username) like ${q} or lower(u.display_name) like ${q})
      and (${filter.unitIds ? `{${filter.unitIds.join(',')}}` : null}::uuid[] is null or u.unit_id = any(${filter.unitIds ? `{${filter.unitIds.join(',')}}` : null}::uuid[]))`;
    const list = await rows<UserRow>(ex, sql`${select} ${where} order by lower(u.username) limit ${filter.limit} offset ${filter.offset}`);
    const count = await one<{ n: number }>(ex, sql`select count(*)::int as n from users u ${where}`);
    return { users: list.map(toUser), total: count?.n ?? 0 };
  },
  async count(): Promise<number> {
    return (await one<{ n: number }>(ex, sql`select count(*)::int as n from users`))?.n ?? 0;
  },
  async insert(user: { username: string; displayName: string; passwordHash: string; unitId: string; roles: Role[] }): Promise<string> {
    const row = await one<{ id: string }>(ex, sql`insert into users (username, display_name, password_hash, unit_id)
      values (${user.username}, ${user.displayName}, ${user.passwordHash}, ${user.unitId}) returning id`);
    await this.setRoles(row!.id, user.roles);
    return row!.id;
  },
  async update(id: string, patch: { displayName?: string; unitId?: string; active?: boolean; passwordHash?: string }): Promise<void> {
    await ex.execute(sql`update users set
      display_name = coalesce(${patch.displayName ?? null}, display_name),
      unit_id = coalesce(${patch.unitId ?? null}::uuid, unit_id),
      active = coalesce(${patch.active ?? null}::boolean, active),
      password_hash = coalesce(${patch.passwordHash ?? null}, password_hash),
      password_changed_at = case when ${patch.passwordHash ?? null}::text is null then password_changed_at else now() end,
      updated_at = now()
      where id = ${id}`);
  },
  async setRoles(id: string, roles: Role[]): Promise<void> {
    await ex.execute(sql`delete from user_roles where user_id = ${id}`);
    for (const role of new Set(roles)) await ex.execute(sql`insert into user_roles (user_id, role) values (${id}, ${role})`);
  },
});
