import { DomainError } from '../../domain/errors.js';
import type { ComponentCheck } from '../../domain/dossiers/open-dossier.js';
import type { Dossier, DossierEvent } from '../../domain/dossiers/dossier-types.js';
import { one, rows, sql, toIso, type Executor } from '../db.js';

type Row = Record<string, unknown> & { id: string };
const ms = (v: unknown): number | null => (v === null || v === undefined ? null : Date.parse(toIso(v as string)!));
const iso = (v: number | null): string | null => (v === null ? null : new Date(v).toISOString());

const columns = sql`id, code, procedure_version_id, procedure_code, channel, reception_unit_id, receiving_unit_id, competent_unit_id,
  outside_boundary, applicant_kind, applicant_name, applicant_id_number, applicant_phone, applicant_email, applicant_address, status,
  step_index, assignee_id, submitted_at, received_at, due_at, original_due_at, extended_due_at, pending_extension, supplement_count,
  waiting_since, resume_status, consultations, outcome, ended_at, delivered_at, result_note, version`;

function toDossier(r: Row): Dossier {
  return {
    id: r.id, code: r.code as string, procedureVersionId: r.procedure_version_id as string, procedureCode: r.procedure_code as string,
    channel: r.channel as Dossier['channel'], receptionUnitId: r.reception_unit_id as string, receivingUnitId: r.receiving_unit_id as string,
    competentUnitId: r.competent_unit_id as string, outsideBoundary: r.outside_boundary as boolean,
    applicant: { kind: r.applicant_kind as 'person', name: r.applicant_name as string, idNumber: r.applicant_id_number as string, phone: r.applicant_phone as string | null, email: r.applicant_email as string | null, address: r.applicant_address as string | null },
    status: r.status as Dossier['status'], stepIndex: r.step_index as number | null, assigneeId: r.assignee_id as string | null,
    submittedAt: ms(r.submitted_at)!, receivedAt: ms(r.received_at), dueAt: ms(r.due_at), originalDueAt: ms(r.original_due_at), extendedDueAt: ms(r.extended_due_at),
    pendingExtension: r.pending_extension as Dossier['pendingExtension'], supplementCount: r.supplement_count as number, waitingSince: ms(r.waiting_since),
    resumeStatus: r.resume_status as Dossier['resumeStatus'], consultations: (r.consultations as Dossier['consultations']) ?? [], outcome: r.outcome as Dossier['outcome'],
    endedAt: ms(r.ended_at), deliveredAt: ms(r.delivered_at), resultNote: r.result_note as string | null, version: r.version as number,
  };
}

export type StoredEvent = DossierEvent & { seq: number };
export type QueueFilter = { unitIds: string[] | null; statuses?: string[]; dueBefore?: number; assigneeId?: string; q?: string; pendingApology?: boolean; limit: number; offset: number };

/** Dossiers, their event log and checklist; saving checks the version the caller read (optimistic concurrency). */
export const dossierRepository = (ex: Executor) => ({
  /** The next code number of an agency on a local day; the row lock makes concurrent intakes wait, never repeat. */
  async nextSequence(agencyCode: string, day: string): Promise<number> {
    const row = await one<{ last_value: number }>(ex, sql`insert into dossier_code_sequences (agency_code, day, last_value) values (${agencyCode}, ${day}, 1)
      on conflict (agency_code, day) do update set last_value = dossier_code_sequences.last_value + 1 returning last_value`);
    return row!.last_value;
  },
  async insert(d: Dossier, components: Array<ComponentCheck & { name: string; required: boolean }>, imported = false): Promise<void> {
    await ex.execute(sql`insert into dossiers (id, code, procedure_version_id, procedure_code, channel, reception_unit_id, receiving_unit_id, competent_unit_id,
      outside_boundary, applicant_kind, applicant_name, applicant_id_number, applicant_phone, applicant_email, applicant_address, status, submitted_at, imported, version)
      values (${d.id}, ${d.code}, ${d.procedureVersionId}, ${d.procedureCode}, ${d.channel}, ${d.receptionUnitId}, ${d.receivingUnitId}, ${d.competentUnitId},
      ${d.outsideBoundary}, ${d.applicant.kind}, ${d.applicant.name}, ${d.applicant.idNumber}, ${d.applicant.phone}, ${d.applicant.email}, ${d.applicant.address},
      'submitted', ${iso(d.submittedAt)}, ${imported}, -1)`);
    for (const c of components) {
      await ex.execute(sql`insert into dossier_components (dossier_id, code, name, required, status) values (${d.id}, ${c.code}, ${c.name}, ${c.required}, ${c.status})`);
    }
  },
  async getForUpdate(id: string): Promise<Dossier | undefined> {
    const row = await one<Row>(ex, sql`select ${columns} from dossiers where id = ${id} for update`);
    return row && toDossier(row);
  },
  async findById(id: string): Promise<Dossier | undefined> {
    const row = await one<Row>(ex, sql`select ${columns} from dossiers where id = ${id}`);
    return row && toDossier(row);
  },
  async findByCode(code: string): Promise<Dossier | undefined> {
    const row = await one<Row>(ex, sql`select ${columns} from dossiers where code = ${code}`);
    return row && toDossier(row);
  },
  /** Writes the new state if nobody saved in between (else 409), and appends the events. */
  async save(next: Dossier, expectedVersion: number, events: DossierEvent[]): Promise<void> {
    const updated = await rows(ex, sql`update dossiers set status = ${next.status}, step_index = ${next.stepIndex}, assignee_id = ${next.assigneeId},
      received_at = ${iso(next.receivedAt)}, due_at = ${iso(next.dueAt)}, original_due_at = ${iso(next.originalDueAt)}, extended_due_at = ${iso(next.extendedDueAt)},
      pending_extension = ${next.pendingExtension ? JSON.stringify(next.pendingExtension) : null}::jsonb, supplement_count = ${next.supplementCount},
      waiting_since = ${iso(next.waitingSince)}, resume_status = ${next.resumeStatus}, consultations = ${JSON.stringify(next.consultations)}::jsonb,
      outcome = ${next.outcome}, ended_at = ${iso(next.endedAt)}, delivered_at = ${iso(next.deliveredAt)}, result_note = ${next.resultNote},
      version = ${next.version}, updated_at = now()
      where id = ${next.id} and version = ${expectedVersion} returning id`);
    if (updated.length === 0) {
      throw new DomainError('CONFLICT', 'Someone else changed this dossier meanwhile; reload it and try again.', 'Hồ sơ vừa được người khác cập nhật; hãy tải lại và thực hiện lại.', { field: 'version' });
    }
    await this.appendEvents(next.id, events);
  },
  async appendEvents(dossierId: string, events: DossierEvent[]): Promise<void> {
    const last = (await one<{ n: number }>(ex, sql`select coalesce(max(seq), 0)::int as n from dossier_events where dossier_id = ${dossierId}`))!.n;
    for (const [i, e] of events.entries()) {
      await ex.execute(sql`insert into dossier_events (dossier_id, seq, type, at, actor_id, actor_name, unit_id, status_before, status_after, reason, payload)
        values (${dossierId}, ${last + i + 1}, ${e.type}, ${iso(e.at)}, ${e.actorId}, ${e.actorName}, ${e.unitId}, ${e.statusBefore}, ${e.statusAfter}, ${e.reason}, ${JSON.stringify(e.payload)}::jsonb)`);
    }
  },
  /** The user who submitted the dossier (the actor of its first event), or null for counter and imported dossiers. */
  async submitterOf(dossierId: string): Promise<string | null> {
    return (await one<{ actor_id: string | null }>(ex, sql`select actor_id from dossier_events where dossier_id = ${dossierId} and seq = 1`))?.actor_id ?? null;
  },
  /** Dossiers a user submitted online, newest first. */
  async submittedBy(userId: string, limit: number): Promise<Dossier[]> {
    const list = await rows<Row>(ex, sql`select ${columns} from dossiers where id in (select dossier_id from dossier_events where seq = 1 and actor_id = ${userId} and type = 'submitted')
      and channel = 'online' order by submitted_at desc limit ${limit}`);
    return list.map(toDossier);
  },
  async listEvents(dossierId: string): Promise<StoredEvent[]> {
    const list = await rows<Row>(ex, sql`select seq, type, at, actor_id, actor_name, unit_id, status_before, status_after, reason, payload from dossier_events where dossier_id = ${dossierId} order by seq`);
    return list.map((r) => ({ seq: r.seq as number, type: r.type as string, at: ms(r.at)!, actorId: r.actor_id as string | null, actorName: r.actor_name as string, unitId: r.unit_id as string | null, statusBefore: r.status_before as StoredEvent['statusBefore'], statusAfter: r.status_after as StoredEvent['statusAfter'], reason: r.reason as string | null, payload: r.payload as Record<string, unknown> }));
  },
  async listComponents(dossierId: string): Promise<Array<{ code: string; name: string; required: boolean; status: string }>> {
    return rows(ex, sql`select code, name, required, status from dossier_components where dossier_id = ${dossierId} order by code`);
  },
  async setComponentStatus(dossierId: string, code: string, status: string): Promise<void> {
    await ex.execute(sql`update dossier_components set status = ${status} where dossier_id = ${dossierId} and code = ${code}`);
  },
  /** A work queue: open dossiers of some units, filtered by status, due date, assignee or text, soonest due first. */
  async queue(f: QueueFilter): Promise<{ dossiers: Dossier[]; total: number }> {
    const units = f.unitIds ? `{${f.unitIds.join(',')}}` : null;
    const statuses = f.statuses?.length ? `{${f.statuses.join(',')}}` : null;
    const q = f.q ? `%${f.q.toLowerCase()}%` : null;
    const where = sql`where (${units}::uuid[] is null or competent_unit_id = any(${units}::uuid[]) or receiving_unit_id = any(${units}::uuid[]))
      and (${statuses}::text[] is null or status = any(${statuses}::text[]))
      and (${iso(f.dueBefore ?? null)}::timestamptz is null or coalesce(extended_due_at, due_at) < ${iso(f.dueBefore ?? null)}::timestamptz)
      and (${f.assigneeId ?? null}::uuid is null or assignee_id = ${f.assigneeId ?? null}::uuid)
      and (${q}::text is null or lower(code) like ${q} or lower(applicant_name) like ${q} or applicant_id_number like ${q})
      and (${f.pendingApology ?? false} = false or pending_extension is not null)`;
    const list = await rows<Row>(ex, sql`select ${columns} from dossiers ${where} order by coalesce(extended_due_at, due_at) asc nulls last, submitted_at limit ${f.limit} offset ${f.offset}`);
    const total = (await one<{ n: number }>(ex, sql`select count(*)::int as n from dossiers ${where}`))!.n;
    return { dossiers: list.map(toDossier), total };
  },
  /** Dossiers a unit received between two instants, in order: the register (Form 07). */
  async listReceivedBetween(unitIds: string[] | null, from: number, to: number, limit: number): Promise<Dossier[]> {
    const units = unitIds ? `{${unitIds.join(',')}}` : null;
    const list = await rows<Row>(ex, sql`select ${columns} from dossiers where received_at >= ${iso(from)} and received_at < ${iso(to)}
      and (${units}::uuid[] is null or receiving_unit_id = any(${units}::uuid[])) order by received_at, code limit ${limit}`);
    return list.map(toDossier);
  },
  /** When each dossier first had an event of `type` (e.g. forwarded), in one query. */
  async firstEventAt(dossierIds: string[], type: string): Promise<Map<string, number>> {
    if (!dossierIds.length) return new Map();
    const list = await rows<{ dossier_id: string; at: string }>(ex, sql`select dossier_id, min(at) as at from dossier_events
      where dossier_id = any(${`{${dossierIds.join(',')}}`}::uuid[]) and type = ${type} group by dossier_id`);
    return new Map(list.map((r) => [r.dossier_id, ms(r.at)!]));
  },
  async findWaitingSupplementSince(before: number): Promise<string[]> {
    return (await rows<{ id: string }>(ex, sql`select id from dossiers where status = 'waiting_supplement' and waiting_since < ${iso(before)}`)).map((r) => r.id);
  },
  async rate(dossierId: string, r: { overall: string; criteria: Record<string, unknown>; comment: string | null }): Promise<boolean> {
    const inserted = await rows(ex, sql`insert into dossier_ratings (dossier_id, overall, criteria, comment) values (${dossierId}, ${r.overall}, ${JSON.stringify(r.criteria)}::jsonb, ${r.comment})
      on conflict (dossier_id) do nothing returning dossier_id`);
    return inserted.length > 0;
  },
  async getRating(dossierId: string): Promise<{ overall: string; criteria: Record<string, unknown>; comment: string | null; ratedAt: string } | undefined> {
    const row = await one<Row>(ex, sql`select overall, criteria, comment, rated_at from dossier_ratings where dossier_id = ${dossierId}`);
    return row && { overall: row.overall as string, criteria: row.criteria as Record<string, unknown>, comment: row.comment as string | null, ratedAt: toIso(row.rated_at as string)! };
  },
});
