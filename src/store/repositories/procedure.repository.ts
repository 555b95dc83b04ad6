import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import type { VersionDraft } from '../../domain/procedures/plan-procedure-version.js';
import { one, rows, sql, type Executor } from '../db.js';
import { settingsRepository } from './settings.repository.js';

/** The counter bumped by every write to procedure versions (the key of cached versions). */
export const PROCEDURE_VERSION_KEY = 'procedure_version';

type VersionRow = {
  id: string; procedure_id: string; code: string; version: number; valid_from: string; valid_to: string | null; name: string;
  level: ProcedureVersion['level']; field_code: string; field_name: string; channels: ProcedureVersion['channels'];
  online_level: ProcedureVersion['onlineLevel']; online_reason: string | null; time_limit_value: number; time_limit_unit: ProcedureVersion['timeLimit']['unit'];
  components: ProcedureVersion['components']; fees: ProcedureVersion['fees']; result_type: ProcedureVersion['resultType']; result_name: string;
  legal_basis: ProcedureVersion['legalBasis']; announcing_decision: ProcedureVersion['announcingDecision']; steps: ProcedureVersion['steps'];
  inter_agency: ProcedureVersion['interAgency']; supplement_clock: ProcedureVersion['supplementClock']; clock_starts_after_payment: boolean;
  outside_boundary_allowed: boolean; subjects: string[] | null; conditions: string[] | null; agency_steps: ProcedureVersion['agencySteps'] | null;
};

/** Filters of the public catalogue: versions valid on `asOf`, text (already accent-folded words), level, field, units. */
export type VersionFilter = { asOf: string; words: string[]; level?: string; fieldCode?: string; unitIds?: string[]; limit: number; offset: number };

const select = sql`select v.*, p.code from procedure_versions v join procedures p on p.id = v.procedure_id`;
const uuidArray = (ids: string[]) => `{${ids.join(',')}}`;
const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function toVersion(r: VersionRow, mine: Array<{ version_id: string; unit_id: string; role: string }>): ProcedureVersion {
  return {
    id: r.id, procedureId: r.procedure_id, code: r.code, version: r.version, validFrom: r.valid_from, validTo: r.valid_to, name: r.name,
    level: r.level, fieldCode: r.field_code, fieldName: r.field_name,
    competentUnitIds: mine.filter((u) => u.role === 'competent').map((u) => u.unit_id), receivingUnitIds: mine.filter((u) => u.role === 'receiving').map((u) => u.unit_id),
    channels: r.channels, onlineLevel: r.online_level, onlineReason: r.online_reason, timeLimit: { value: r.time_limit_value, unit: r.time_limit_unit },
    components: r.components, fees: r.fees, resultType: r.result_type, resultName: r.result_name, legalBasis: r.legal_basis,
    announcingDecision: r.announcing_decision, steps: r.steps, interAgency: r.inter_agency, supplementClock: r.supplement_clock,
    clockStartsAfterPayment: r.clock_starts_after_payment, outsideBoundaryAllowed: r.outside_boundary_allowed,
    ...(r.subjects ? { subjects: r.subjects } : {}), ...(r.conditions ? { conditions: r.conditions } : {}),
    ...(r.agency_steps ? { agencySteps: r.agency_steps } : {}),
  };
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

/** Procedures and their effective-dated versions, with the units of each version. */
export const procedureRepository = (ex: Executor) => ({
  async withUnits(list: VersionRow[]): Promise<ProcedureVersion[]> {
    if (!list.length) return [];
    const units = await rows<{ version_id: string; unit_id: string; role: string }>(ex,
      sql`select version_id, unit_id, role from procedure_version_units where version_id = any(${uuidArray(list.map((r) => r.id))}::uuid[])`);
    // Grouped once: a commune procedure lists every commune, so a catalogue holds hundreds of thousands of unit rows.
    const byVersion = new Map<string, typeof units>();
    for (const u of units) (byVersion.get(u.version_id) ?? byVersion.set(u.version_id, []).get(u.version_id)!).push(u);
    return list.map((r) => toVersion(r, byVersion.get(r.id) ?? []));
  },

  /** The procedure row for `code`, created when missing, locked until the transaction ends (versions are planned under it). */
  async lockProcedure(code: string): Promise<string> {
    await ex.execute(sql`insert into procedures (code) values (${code}) on conflict (code) do nothing`);
    return (await one<{ id: string }>(ex, sql`select id from procedures where code = ${code} for update`))!.id;
  },

  /** Every version of a procedure, oldest first. */
  async listVersions(code: string): Promise<ProcedureVersion[]> {
    return this.withUnits(await rows<VersionRow>(ex, sql`${select} where p.code = ${code} order by v.valid_from`));
  },

  /** The version in force on a date (at most one: versions never overlap). */
  async findInForce(code: string, on: string): Promise<ProcedureVersion | undefined> {
    const list = await rows<VersionRow>(ex, sql`${select} where p.code = ${code} and v.valid_from <= ${on} and (v.valid_to is null or v.valid_to >= ${on}) limit 1`);
    return (await this.withUnits(list))[0];
  },

  /** The names of several versions, in one query (lists show names, not whole versions). */
  async namesOf(versionIds: string[]): Promise<Map<string, string>> {
    if (!versionIds.length) return new Map();
    const list = await rows<{ id: string; name: string }>(ex, sql`select id, name from procedure_versions where id = any(${uuidArray([...new Set(versionIds)])}::uuid[])`);
    return new Map(list.map((r) => [r.id, r.name]));
  },

  /** One version by id (a dossier keeps the version in force on its receipt date). */
  async findVersionById(id: string): Promise<ProcedureVersion | undefined> {
    return (await this.withUnits(await rows<VersionRow>(ex, sql`${select} where v.id = ${id}`)))[0];
  },

  async insertVersion(procedureId: string, version: number, d: VersionDraft, searchText: string, actorId: string | null): Promise<string> {
    const row = await one<{ id: string }>(ex, sql`insert into procedure_versions (procedure_id, version, valid_from, valid_to, name, level, field_code, field_name,
        channels, online_level, online_reason, time_limit_value, time_limit_unit, components, fees, result_type, result_name, legal_basis, announcing_decision,
        steps, inter_agency, supplement_clock, clock_starts_after_payment, outside_boundary_allowed, subjects, conditions, search_text, created_by, agency_steps)
      values (${procedureId}, ${version}, ${d.validFrom}, ${d.validTo}, ${d.name}, ${d.level}, ${d.fieldCode}, ${d.fieldName},
        ${json(d.channels)}::jsonb, ${d.onlineLevel}, ${d.onlineReason}, ${d.timeLimit.value}, ${d.timeLimit.unit}, ${json(d.components)}::jsonb, ${json(d.fees)}::jsonb,
        ${d.resultType}, ${d.resultName}, ${json(d.legalBasis)}::jsonb, ${json(d.announcingDecision)}::jsonb, ${json(d.steps)}::jsonb, ${d.interAgency},
        ${d.supplementClock}, ${d.clockStartsAfterPayment}, ${d.outsideBoundaryAllowed}, ${json(d.subjects)}::jsonb, ${json(d.conditions)}::jsonb, ${searchText}, ${actorId}, ${json(d.agencySteps)}::jsonb)
      returning id`);
    const links = [...d.competentUnitIds.map((id) => [id, 'competent']), ...d.receivingUnitIds.map((id) => [id, 'receiving'])];
    for (const [unitId, role] of links) {
      await ex.execute(sql`insert into procedure_version_units (version_id, unit_id, role) values (${row!.id}, ${unitId}, ${role}) on conflict do nothing`);
    }
    await settingsRepository(ex).bumpCounter(PROCEDURE_VERSION_KEY);
    return row!.id;
  },

  async closeVersion(versionId: string, validTo: string): Promise<void> {
    await ex.execute(sql`update procedure_versions set valid_to = ${validTo} where id = ${versionId}`);
    await settingsRepository(ex).bumpCounter(PROCEDURE_VERSION_KEY);
  },

  /** Versions valid on `asOf` matching the filter, sorted by code, one page of them, and how many match in all. */
  async search(f: VersionFilter): Promise<{ versions: ProcedureVersion[]; total: number }> {
    let where = sql`where v.valid_from <= ${f.asOf} and (v.valid_to is null or v.valid_to >= ${f.asOf})`;
    for (const word of f.words) where = sql`${where} and v.search_text like ${likePattern(word)}`;
    if (f.level) where = sql`${where} and v.level = ${f.level}`;
    if (f.fieldCode) where = sql`${where} and v.field_code = ${f.fieldCode}`;
    if (f.unitIds) where = sql`${where} and exists (select 1 from procedure_version_units u where u.version_id = v.id and u.unit_id = any(${uuidArray(f.unitIds)}::uuid[]))`;
    const list = await rows<VersionRow>(ex, sql`${select} ${where} order by p.code limit ${f.limit} offset ${f.offset}`);
    const count = await one<{ n: number }>(ex, sql`select count(*)::int as n from procedure_versions v ${where}`);
    return { versions: await this.withUnits(list), total: count?.n ?? 0 };
  },

  /** Every version of every procedure, by code then date (export). */
  async listAll(): Promise<ProcedureVersion[]> {
    return this.withUnits(await rows<VersionRow>(ex, sql`${select} order by p.code, v.valid_from`));
  },
});
