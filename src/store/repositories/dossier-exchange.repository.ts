import { one, rows, sql, type Executor } from '../db.js';

export type CodeSequence = { agencyCode: string; day: string; lastValue: number };
export type ExportRow = {
  id: string; code: string; procedure_code: string; channel: string; receiving_unit_id: string; competent_unit_id: string;
  received_ms: number; original_due_ms: number | null;
};
export type ExportEventRow = { dossier_id: string; type: string; at_ms: number; reason: string | null; payload: Record<string, unknown> };
export type ExportFilter = { unitIds: string[] | null; from: number | null; to: number | null };

const uuidArray = (ids: string[]) => `{${ids.join(',')}}`;
const ms = (column: ReturnType<typeof sql.raw>) => sql`(extract(epoch from ${column}) * 1000)::float8`;

/** Reads of the legacy exchange export, and the code sequences an import moves on (bulk writes: dossier-import.repository.ts). */
export const dossierExchangeRepository = (ex: Executor) => ({
  /** Whether any dossier is stored (a fresh installation has none). */
  async hasDossiers(): Promise<boolean> {
    return (await one<{ any: boolean }>(ex, sql`select exists (select 1 from dossiers) as any`))!.any;
  },

  /** Moves each agency's daily code sequence past the imported codes, so intake never hands out a code again. */
  async advanceCodeSequences(sequences: CodeSequence[]): Promise<void> {
    if (!sequences.length) return;
    // In key order, so two batches written at once lock the rows in the same order (no deadlock).
    await ex.execute(sql`insert into dossier_code_sequences (agency_code, day, last_value)
      select "agencyCode", "day"::date, "lastValue" from json_to_recordset(${JSON.stringify(sequences)}::json) as s("agencyCode" text, "day" text, "lastValue" int)
      order by 1, 2
      on conflict (agency_code, day) do update set last_value = greatest(dossier_code_sequences.last_value, excluded.last_value)`);
  },

  /** One page of received dossiers for the export, in receipt order, after the (receipt, id) key of the previous page. */
  async exportPage(f: ExportFilter, after: { receivedMs: number; id: string } | null, limit: number): Promise<ExportRow[]> {
    const units = f.unitIds ? uuidArray(f.unitIds) : null;
    return rows<ExportRow>(ex, sql`select id, code, procedure_code, channel, receiving_unit_id, competent_unit_id,
        ${ms(sql.raw('received_at'))} as received_ms, ${ms(sql.raw('original_due_at'))} as original_due_ms
      from dossiers
      where received_at is not null
        and (${units}::uuid[] is null or receiving_unit_id = any(${units}::uuid[]) or competent_unit_id = any(${units}::uuid[]))
        and (${f.from}::float8 is null or received_at >= to_timestamp(${f.from}::float8 / 1000))
        and (${f.to}::float8 is null or received_at < to_timestamp(${f.to}::float8 / 1000))
        and (${after?.id ?? null}::uuid is null or (received_at >= to_timestamp(${after?.receivedMs ?? null}::float8 / 1000)
          and (received_at, id) > (to_timestamp(${after?.receivedMs ?? null}::float8 / 1000), ${after?.id ?? null}::uuid)))
      order by received_at, id
      limit ${limit}`);
  },

  /** The events of some dossiers, each dossier's in order. */
  async exportEvents(dossierIds: string[]): Promise<ExportEventRow[]> {
    if (!dossierIds.length) return [];
    return rows<ExportEventRow>(ex, sql`select dossier_id, type, ${ms(sql.raw('at'))} as at_ms, reason, payload
      from dossier_events where dossier_id = any(${uuidArray(dossierIds)}::uuid[]) order by dossier_id, seq`);
  },
});
