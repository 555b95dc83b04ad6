import type { Dossier, DossierEvent } from '../../domain/dossiers/dossier-types.js';
import { one, sql, type Executor } from '../db.js';

/** A replayed dossier with its events, as the bulk insert takes it. */
export type ImportedDossier = Dossier & { events: DossierEvent[] };

const skipNull = <T>(v: T | null): T | undefined => (v === null ? undefined : v);
const isEmpty = (o: object) => { for (const _ in o) return false; return true; };

/**
 * One dossier as a compact JSON record: short keys, nulls and empty collections left out (the statement restores
 * them), instants as epoch milliseconds. A province-year is a million of these, so every byte counts twice: once in
 * the message to the database, once in its JSON parser.
 */
function compact(d: ImportedDossier): object {
  const a = d.applicant;
  return {
    i: d.id, c: d.code, pv: d.procedureVersionId, pc: d.procedureCode, ch: d.channel, rc: d.receptionUnitId, rv: d.receivingUnitId, cu: d.competentUnitId,
    ob: d.outsideBoundary || undefined, ak: a.kind, an: a.name, ai: a.idNumber, ap: skipNull(a.phone), ae: skipNull(a.email), aa: skipNull(a.address),
    st: d.status, si: skipNull(d.stepIndex), as: skipNull(d.assigneeId), sa: d.submittedAt, ra: skipNull(d.receivedAt), du: skipNull(d.dueAt),
    od: skipNull(d.originalDueAt), ed: skipNull(d.extendedDueAt), pe: skipNull(d.pendingExtension), sc: d.supplementCount || undefined,
    ws: skipNull(d.waitingSince), rs: skipNull(d.resumeStatus), co: d.consultations.length ? d.consultations : undefined, oc: skipNull(d.outcome),
    en: skipNull(d.endedAt), dl: skipNull(d.deliveredAt), rn: skipNull(d.resultNote), v: d.version,
    // An event's unit is left out when it is the competent agency (most are), and written "" when it has none.
    e: d.events.map((e, i) => ({
      q: i + 1, t: e.type, a: e.at, ai: skipNull(e.actorId), n: e.actorName, u: e.unitId === d.competentUnitId ? undefined : (e.unitId ?? ''), b: skipNull(e.statusBefore), s: e.statusAfter,
      r: skipNull(e.reason), p: isEmpty(e.payload) ? undefined : e.payload,
    })),
  };
}

/** Set-based writes of a bulk import: one statement per batch, never one per row. */
export const dossierImportRepository = (ex: Executor) => ({
  /**
   * Inserts the dossiers whose code is not stored yet, and the events of exactly those (`seq` from 1 in the given
   * order), in one statement fed with one JSON document. Codes already present are skipped (imports are idempotent).
   * Returns how many dossiers and events were inserted, and the ids of those dossiers; every dossier is marked `imported`.
   */
  async insertImported(batch: ImportedDossier[]): Promise<{ dossiers: number; events: number; ids: string[] }> {
    const ts = (column: string) => sql.raw(`to_timestamp("${column}" / 1000)`);
    const result = await one<{ dossiers: number; events: number; ids: string[] }>(ex, sql`with d as (
        select * from json_to_recordset(${JSON.stringify(batch.map(compact))}::json) as x("i" uuid, "c" text, "pv" uuid, "pc" text, "ch" text,
          "rc" uuid, "rv" uuid, "cu" uuid, "ob" boolean, "ak" text, "an" text, "ai" text, "ap" text, "ae" text, "aa" text, "st" text, "si" int,
          "as" uuid, "sa" float8, "ra" float8, "du" float8, "od" float8, "ed" float8, "pe" jsonb, "sc" int, "ws" float8, "rs" text, "co" jsonb,
          "oc" text, "en" float8, "dl" float8, "rn" text, "v" int, "e" json)
      ), ins as (
        insert into dossiers (id, code, procedure_version_id, procedure_code, channel, reception_unit_id, receiving_unit_id, competent_unit_id,
          outside_boundary, applicant_kind, applicant_name, applicant_id_number, applicant_phone, applicant_email, applicant_address, status,
          step_index, assignee_id, submitted_at, received_at, due_at, original_due_at, extended_due_at, pending_extension, supplement_count,
          waiting_since, resume_status, consultations, outcome, ended_at, delivered_at, result_note, imported, version)
        select "i", "c", "pv", "pc", "ch", "rc", "rv", "cu", coalesce("ob", false), "ak", "an", "ai", "ap", "ae", "aa", "st", "si", "as",
          ${ts('sa')}, ${ts('ra')}, ${ts('du')}, ${ts('od')}, ${ts('ed')}, "pe", coalesce("sc", 0), ${ts('ws')}, "rs", coalesce("co", '[]'), "oc",
          ${ts('en')}, ${ts('dl')}, "rn", true, "v"
        from d
        on conflict (code) do nothing
        returning id
      ), ev as (
        insert into dossier_events (dossier_id, seq, type, at, actor_id, actor_name, unit_id, status_before, status_after, reason, payload)
        select d."i", e."q", e."t", to_timestamp(e."a" / 1000), e."ai", e."n", case when e."u" is null then d."cu" else nullif(e."u", '')::uuid end,
          e."b", e."s", e."r", coalesce(e."p", '{}')
        from d cross join lateral json_to_recordset(d."e") as e("q" int, "t" text, "a" float8, "ai" uuid, "n" text, "u" text, "b" text, "s" text, "r" text, "p" jsonb)
        where d."i" in (select id from ins)
        returning 1
      )
      select (select count(*) from ins)::int as dossiers, (select count(*) from ev)::int as events, (select coalesce(json_agg(id), '[]'::json) from ins) as ids`);
    return result!;
  },
});
