import type { OrgChange } from '../../domain/org/org-changes.js';
import type { OrgEvent, OrgHistory, OrgUnit } from '../../domain/org/org-types.js';
import { one, rows, sql, type Executor } from '../db.js';
import { settingsRepository } from './settings.repository.js';

type UnitRow = { id: string; code: string; level: OrgUnit['level']; kind: string | null; valid_from: string; valid_to: string | null };
type NameRow = { unit_id: string; name: string; name_en: string | null; valid_from: string; valid_to: string | null };
type ParentRow = { unit_id: string; parent_id: string; valid_from: string; valid_to: string | null };
type EventRow = { id: string; kind: OrgEvent['kind']; effective_on: string; legal_doc_number: string | null; legal_doc_issued_on: string | null; legal_doc_title: string | null; legal_doc_url: string | null; note: string | null };
type EventUnitRow = { event_id: string; unit_id: string; role: 'predecessor' | 'successor' | 'subject' };

/** Organisation units, their names, parent links and events. */
export const orgRepository = (ex: Executor) => ({
  /** The whole history (a province has thousands of units, not millions). */
  async loadHistory(): Promise<OrgHistory> {
    const [units, names, parents, events, eventUnits] = [
      await rows<UnitRow>(ex, sql`select id, code, level, kind, valid_from, valid_to from org_units`),
      await rows<NameRow>(ex, sql`select unit_id, name, name_en, valid_from, valid_to from org_unit_names order by valid_from`),
      await rows<ParentRow>(ex, sql`select unit_id, parent_id, valid_from, valid_to from org_unit_parents order by valid_from`),
      await rows<EventRow>(ex, sql`select id, kind, effective_on, legal_doc_number, legal_doc_issued_on, legal_doc_title, legal_doc_url, note from org_events order by effective_on, created_at`),
      await rows<EventUnitRow>(ex, sql`select event_id, unit_id, role from org_event_units`),
    ];
    const map = new Map<string, OrgUnit>();
    for (const u of units) map.set(u.id, { id: u.id, code: u.code, level: u.level, kind: u.kind, validFrom: u.valid_from, validTo: u.valid_to, names: [], parents: [] });
    for (const n of names) map.get(n.unit_id)?.names.push({ name: n.name, nameEn: n.name_en, validFrom: n.valid_from, validTo: n.valid_to });
    for (const p of parents) map.get(p.unit_id)?.parents.push({ parentId: p.parent_id, validFrom: p.valid_from, validTo: p.valid_to });
    const byId = new Map<string, OrgEvent>();
    for (const e of events) {
      const legalDoc = e.legal_doc_number ? { number: e.legal_doc_number, issuedOn: e.legal_doc_issued_on, title: e.legal_doc_title, url: e.legal_doc_url } : null;
      byId.set(e.id, { id: e.id, kind: e.kind, effectiveOn: e.effective_on, legalDoc, note: e.note, predecessorIds: [], successorIds: [], subjectIds: [] });
    }
    for (const link of eventUnits) byId.get(link.event_id)?.[`${link.role}Ids`].push(link.unit_id);
    return { units: map, events: [...byId.values()] };
  },

  /** A number that changes whenever the organisation history changes (cache key). */
  version: (): Promise<string> => settingsRepository(ex).counter('org_version'),

  /** Applies a plan's row changes in order; the caller holds the transaction. */
  async apply(changes: OrgChange[], actorId: string | null, dataset?: { name: string; keys: Map<string, string> }): Promise<void> {
    for (const c of changes) {
      switch (c.op) {
        case 'insertUnit':
          await ex.execute(sql`insert into org_units (id, code, level, kind, valid_from, dataset, dataset_key)
            values (${c.unit.id}, ${c.unit.code}, ${c.unit.level}, ${c.unit.kind}, ${c.unit.validFrom}, ${dataset?.name ?? null}, ${dataset?.keys.get(c.unit.id) ?? null})`);
          break;
        case 'endUnit':
          await ex.execute(sql`update org_units set valid_to = ${c.validTo} where id = ${c.unitId}`);
          break;
        case 'insertName':
          await ex.execute(sql`insert into org_unit_names (unit_id, name, name_en, valid_from) values (${c.unitId}, ${c.name}, ${c.nameEn}, ${c.validFrom})`);
          break;
        case 'endName':
          await ex.execute(sql`update org_unit_names set valid_to = ${c.validTo} where unit_id = ${c.unitId} and valid_from = ${c.validFrom}`);
          break;
        case 'insertParent':
          await ex.execute(sql`insert into org_unit_parents (unit_id, parent_id, valid_from) values (${c.unitId}, ${c.parentId}, ${c.validFrom})`);
          break;
        case 'endParent':
          await ex.execute(sql`update org_unit_parents set valid_to = ${c.validTo} where unit_id = ${c.unitId} and valid_from = ${c.validFrom}`);
          break;
        case 'insertEvent': {
          const e = c.event;
          await ex.execute(sql`insert into org_events (id, kind, effective_on, legal_doc_number, legal_doc_issued_on, legal_doc_title, legal_doc_url, note, created_by)
            values (${e.id}, ${e.kind}, ${e.effectiveOn}, ${e.legalDoc?.number ?? null}, ${e.legalDoc?.issuedOn ?? null}, ${e.legalDoc?.title ?? null}, ${e.legalDoc?.url ?? null}, ${e.note}, ${actorId})`);
          const links = [
            ...e.predecessorIds.map((id) => [id, 'predecessor']),
            ...e.successorIds.map((id) => [id, 'successor']),
            ...e.subjectIds.map((id) => [id, 'subject']),
          ];
          for (const [unitId, role] of links) await ex.execute(sql`insert into org_event_units (event_id, unit_id, role) values (${e.id}, ${unitId}, ${role})`);
          break;
        }
      }
    }
    await settingsRepository(ex).bumpCounter('org_version');
  },

  /** Whether a dataset was already loaded. */
  async hasDataset(name: string): Promise<boolean> {
    return !!(await one(ex, sql`select 1 from org_units where dataset = ${name} limit 1`));
  },

  /** Units loaded from a dataset, by their dataset key. */
  async datasetKeys(name: string): Promise<Map<string, { id: string; validFrom: string }>> {
    const list = await rows<{ id: string; dataset_key: string; valid_from: string }>(ex, sql`select id, dataset_key, valid_from from org_units where dataset = ${name}`);
    return new Map(list.map((r) => [r.dataset_key, { id: r.id, validFrom: r.valid_from }]));
  },
});
