import { DomainError } from '../../domain/errors.js';
import type { ComponentCheck } from '../../domain/dossiers/open-dossier.js';
import type { AgencyTask, Dossier, DossierEvent } from '../../domain/dossiers/dossier-types.js';
import type { SQL } from 'drizzle-orm';
import { one, rows, sql, toIso, type Executor } from '../db.js';

type Row = Record<string, unknown> & { id: string };
const ms = (v: unknown): number | null => (v === null || v === undefined ? null : Date.parse(toIso(v as string)!));
const iso = (v: number | null): string | null => (v === null ? null : new Date(v).toISOString());

const columns = sql`id, code, procedure_version_id, procedure_code, channel, reception_unit_id, receiving_unit_id, competent_unit_id,
  outside_boundary, applicant_kind, applicant_name, applicant_id_number, applicant_phone, applicant_email, applicant_address, status,
  step_index, assignee_id, submitted_at, received_at, due_at, original_due_at, extended_due_at, pending_extension, supplement_count,
  waiting_since, resume_status, consultations, outcome, ended_at, delivered_at, result_note, version,
  (select coalesce(jsonb_agg(jsonb_build_object('id', t.id, 'seq', t.seq, 'unitId', t.unit_id, 'name', t.name, 'workingDays', t.working_days, 'mode', t.mode,
    'status', t.status, 'openedAt', t.opened_at, 'dueAt', t.due_at, 'completedAt', t.completed_at, 'completedById', t.completed_by,
    'completedByName', t.completed_by_name, 'note', t.note, 'onTime', t.on_time) order by t.seq), '[]'::jsonb) from dossier_tasks t where t.dossier_id = dossiers.id) as tasks`;

type TaskJson = Omit<AgencyTask, 'openedAt' | 'dueAt' | 'completedAt'> & { openedAt: string | null; dueAt: string | null; completedAt: string | null };
const toTask = (t: TaskJson): AgencyTask => ({ ...t, openedAt: ms(t.openedAt), dueAt: ms(t.dueAt), completedAt: ms(t.completedAt) });

function toDossier(r: Row): Dossier {
  return {
    id: r.id, code: r.code as string, procedureVersionId: r.procedure_version_id as string, procedureCode: r.procedure_code as string,
    channel: r.channel as Dossier['channel'], receptionUnitId: r.reception_unit_id as string, receivingUnitId: r.receiving_unit_id as string,
    competentUnitId: r.competent_unit_id as string, outsideBoundary: r.outside_boundary as boolean,
    applicant: { kind: r.applicant_kind as 'person', name: r.applicant_name as string, idNumber: r.applicant_id_number as string, phone: r.applicant_phone as string | null, email: r.applicant_email as string | null, address: r.applicant_address as string | null },
    status: r.status as Dossier['status'], stepIndex: r.step_index as number | null, assigneeId: r.assignee_id as string | null,
    submittedAt: ms(r.submitted_at)!, receivedAt: ms(r.received_at), dueAt: ms(r.due_at), originalDueAt: ms(r.original_due_at), extendedDueAt: ms(r.extended_due_at),
    pendingExtension: r.pending_extension as Dossier['pendingExtension'], supplementCount: r.supplement_count as number, waitingSince: ms(r.waiting_since),
    resumeStatus: r.resume_status as Dossier['resumeStatus'], consultations: (r.consultations as Dossier['consultations']) ?? [],
    tasks: ((r.tasks as TaskJson[] | null) ?? []).map(toTask), outcome: r.outcome as Dossier['outcome'],
    endedAt: ms(r.ended_at), deliveredAt: ms(r.delivered_at), resultNote: r.result_note as string | null, version: r.version as number,
  };
}

export type StoredEvent = DossierEvent & { seq: number };
/** `anyTask`: also dossiers whose agency tasks of these units are done (else only open ones bring a dossier in). */
export type QueueFilter = { unitIds: string[] | null; anyTask?: boolean; statuses?: string[]; dueBefore?: number; assigneeId?: string; q?: string; pendingApology?: boolean; limit: number; offset: number };

/** Dossiers, their event log and checklist; saving checks the version the caller read (optimistic concurrency). */
/**
 * The insert of `events` after the dossier's last sequence number, for the dossier `target` (a uuid expression; no row
 * is inserted when it yields none, e.g. an update that lost the version race).
 */
function insertEvents(target: SQL, dossierId: string, events: DossierEvent[]): SQL {
  const doc = JSON.stringify(events.map((e, i) => ({ q: i + 1, t: e.type, a: iso(e.at), ai: e.actorId, n: e.actorName, u: e.unitId, b: e.statusBefore, s: e.statusAfter, r: e.reason, p: e.payload })));
  return sql`insert into dossier_events (dossier_id, seq, type, at, actor_id, actor_name, unit_id, status_before, status_after, reason, payload)
    select t.id, m.n + e.q, e.t, e.a, e.ai, e.n, e.u, e.b, e.s, e.r, coalesce(e.p, '{}')
    from (select ${target} as id) t cross join (select coalesce(max(seq), 0)::int as n from dossier_events where dossier_id = ${dossierId}) m
      cross join json_to_recordset(${doc}::json) as e(q int, t text, a timestamptz, ai uuid, n text, u uuid, b text, s text, r text, p jsonb)
    where t.id is not null`;
}

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
  /** Writes the new state if nobody saved in between (else 409) and appends the events, in one statement; then the agency tasks. */
  async save(next: Dossier, expectedVersion: number, events: DossierEvent[]): Promise<void> {
    const result = await one<{ updated: number }>(ex, sql`with updated as (update dossiers set status = ${next.status}, step_index = ${next.stepIndex}, assignee_id = ${next.assigneeId},
      received_at = ${iso(next.receivedAt)}, due_at = ${iso(next.dueAt)}, original_due_at = ${iso(next.originalDueAt)}, extended_due_at = ${iso(next.extendedDueAt)},
      pending_extension = ${next.pendingExtension ? JSON.stringify(next.pendingExtension) : null}::jsonb, supplement_count = ${next.supplementCount},
      waiting_since = ${iso(next.waitingSince)}, resume_status = ${next.resumeStatus}, consultations = ${JSON.stringify(next.consultations)}::jsonb,
      outcome = ${next.outcome}, ended_at = ${iso(next.endedAt)}, delivered_at = ${iso(next.deliveredAt)}, result_note = ${next.resultNote},
      version = ${next.version}, updated_at = now()
      where id = ${next.id} and version = ${expectedVersion} returning id), appended as (${insertEvents(sql`(select id from updated)`, next.id, events)})
      select (select count(*) from updated)::int as updated`);
    if (result!.updated === 0) {
      throw new DomainError('CONFLICT', 'Someone else changed this dossier meanwhile; reload it and try again.', 'Hồ sơ vừa được người khác cập nhật; hãy tải lại và thực hiện lại.', { field: 'version' });
    }
    for (const t of next.tasks) {
      await ex.execute(sql`insert into dossier_tasks (id, dossier_id, seq, unit_id, name, working_days, mode, status, opened_at, due_at, completed_at, completed_by, completed_by_name, note, on_time)
        values (${t.id}, ${next.id}, ${t.seq}, ${t.unitId}, ${t.name}, ${t.workingDays}, ${t.mode}, ${t.status}, ${iso(t.openedAt)}, ${iso(t.dueAt)}, ${iso(t.completedAt)},
          ${t.completedById}, ${t.completedByName}, ${t.note}, ${t.onTime})
        on conflict (id) do update set status = excluded.status, opened_at = excluded.opened_at, due_at = excluded.due_at, completed_at = excluded.completed_at,
          completed_by = excluded.completed_by, completed_by_name = excluded.completed_by_name, note = excluded.note, on_time = excluded.on_time`);
    }
  },
  /** Appends events after the dossier's last one, in one statement. */
  async appendEvents(dossierId: string, events: DossierEvent[]): Promise<void> {
    if (events.length > 0) await ex.execute(insertEvents(sql`${dossierId}::uuid`, dossierId, events));
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
    // Dossiers with an agency task of these units, listed first so the filter below stays a plain OR of indexed columns.
    const taskDossiers = units === null ? [] : (await rows<{ dossier_id: string }>(ex, sql`select distinct dossier_id from dossier_tasks
      where unit_id = any(${units}::uuid[]) and (${f.anyTask ?? false} or status = 'open')`)).map((r) => r.dossier_id);
    const tasked = `{${taskDossiers.join(',')}}`;
    // For the due-soon and overdue tabs: dossiers whose open agency task of these units is due before the bound too, so
    // the officers of a task's unit chase their own step (Decree 118/2025/ND-CP Art. 8(4); Decree 61/2018/ND-CP Art. 19(6)).
    const taskDue = f.dueBefore === undefined ? [] : (await rows<{ dossier_id: string }>(ex, sql`select distinct dossier_id from dossier_tasks
      where (${units}::uuid[] is null or unit_id = any(${units}::uuid[])) and status = 'open' and due_at < ${iso(f.dueBefore)}::timestamptz`)).map((r) => r.dossier_id);
    const taskDueIds = `{${taskDue.join(',')}}`;
    const statuses = f.statuses?.length ? `{${f.statuses.join(',')}}` : null;
    const q = f.q ? `%${f.q.toLowerCase()}%` : null;
    const where = sql`where (${units}::uuid[] is null or competent_unit_id = any(${units}::uuid[]) or receiving_unit_id = any(${units}::uuid[]) or id = any(${tasked}::uuid[]))
      and (${statuses}::text[] is null or status = any(${statuses}::text[]))
      and (${iso(f.dueBefore ?? null)}::timestamptz is null or coalesce(extended_due_at, due_at) < ${iso(f.dueBefore ?? null)}::timestamptz or id = any(${taskDueIds}::uuid[]))
      and (${f.assigneeId ?? null}::uuid is null or assignee_id = ${f.assigneeId ?? null}::uuid)
      and (${q}::text is null or lower(code) like ${q} or lower(applicant_name) like ${q} or applicant_id_number like ${q})
      and (${f.pendingApology ?? false} = false or pending_extension is not null)`;
    const list = await rows<Row>(ex, sql`select ${columns} from dossiers ${where} order by coalesce(extended_due_at, due_at) asc nulls last, submitted_at limit ${f.limit} offset ${f.offset}`);
    const total = (await one<{ n: number }>(ex, sql`select count(*)::int as n from dossiers ${where}`))!.n;
    return { dossiers: list.map(toDossier), total };
  },
  /**
   * Dossiers being processed, received by these units (all when null), with a consultation unanswered or an agency task
   * still open after its deadline at `now`: the candidates for escalation to the head of the One-Stop Unit.
   */
  async findEscalationCandidates(f: { receivingUnitIds: string[] | null; now: number; limit: number }): Promise<{ dossiers: Dossier[]; total: number }> {
    const units = f.receivingUnitIds ? `{${f.receivingUnitIds.join(',')}}` : null;
    const now = iso(f.now);
    const where = sql`where status = 'processing' and (${units}::uuid[] is null or receiving_unit_id = any(${units}::uuid[]))
      and (exists (select 1 from dossier_tasks t where t.dossier_id = dossiers.id and t.status = 'open' and t.due_at < ${now}::timestamptz)
        or exists (select 1 from jsonb_array_elements(consultations) c where c->>'answeredAt' is null and jsonb_typeof(c->'dueAt') = 'number' and (c->>'dueAt')::numeric < ${f.now}))`;
    const list = await rows<Row>(ex, sql`select ${columns} from dossiers ${where} order by coalesce(extended_due_at, due_at) asc nulls last, id limit ${f.limit}`);
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
