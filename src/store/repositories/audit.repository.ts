import type { Actor } from '../../domain/auth/actor.js';
import { one, rows, sql, toIso, type Executor } from '../db.js';

export type AuditEntry = { id: string; at: string; actorId: string | null; actorName: string | null; action: string; entityType: string; entityId: string | null; before: unknown; after: unknown; ip: string | null };
export type AuditFilter = { action?: string; entityType?: string; entityId?: string; actorId?: string; from?: string; to?: string; limit: number; offset: number };
type Row = { id: string | number; at: string; actor_id: string | null; actor_name: string | null; action: string; entity_type: string; entity_id: string | null; before: unknown; after: unknown; ip: string | null };

/** The append-only audit log: who changed what, when, before and after. */
export const auditRepository = (ex: Executor) => ({
  async record(actor: Actor | null, action: string, entity: { type: string; id: string | null }, before: unknown, after: unknown): Promise<void> {
    await ex.execute(sql`insert into audit_log (actor_id, actor_name, action, entity_type, entity_id, before, after, ip)
      values (${actor?.userId ?? null}, ${actor ? actor.username : null}, ${action}, ${entity.type}, ${entity.id},
        ${before === undefined || before === null ? null : JSON.stringify(before)}::jsonb,
        ${after === undefined || after === null ? null : JSON.stringify(after)}::jsonb, ${actor?.ip ?? null})`);
  },
  async search(f: AuditFilter): Promise<{ entries: AuditEntry[]; total: number }> {
    const where = sql`where (${f.action ?? null}::text is null or action = ${f.action ?? null})
      and (${f.entityType ?? null}::text is null or entity_type = ${f.entityType ?? null})
      and (${f.entityId ?? null}::text is null or entity_id = ${f.entityId ?? null})
      and (${f.actorId ?? null}::uuid is null or actor_id = ${f.actorId ?? null}::uuid)
      and (${f.from ?? null}::timestamptz is null or at >= ${f.from ?? null}::timestamptz)
      and (${f.to ?? null}::timestamptz is null or at < ${f.to ?? null}::timestamptz)`;
    const list = await rows<Row>(ex, sql`select id::text as id, at, actor_id, actor_name, action, entity_type, entity_id, before, after, ip
      from audit_log ${where} order by at desc, id desc limit ${f.limit} offset ${f.offset}`);
    const count = await one<{ n: number }>(ex, sql`select count(*)::int as n from audit_log ${where}`);
    return {
      entries: list.map((r) => ({ id: String(r.id), at: toIso(r.at)!, actorId: r.actor_id, actorName: r.actor_name, action: r.action, entityType: r.entity_type, entityId: r.entity_id, before: r.before, after: r.after, ip: r.ip })),
      total: count?.n ?? 0,
    };
  },
});
