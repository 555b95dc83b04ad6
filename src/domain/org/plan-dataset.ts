import { invalidInput } from '../errors.js';
import { isLocalDate, type LocalDate } from '../shared/local-date.js';
import type { OrgChange } from './org-changes.js';
import type { DatasetRef, OrgDataset } from './org-dataset.js';
import { ORG_EVENT_KINDS, ORG_LEVELS } from './org-types.js';

export type DatasetPlanOptions = {
  /** Finds a unit of another dataset that is already loaded. */
  resolveRef: (ref: DatasetRef) => { id: string; validFrom: LocalDate } | undefined;
  newId: () => string;
};

/**
 * Turns a shipped dataset into row changes, refusing anything malformed: duplicate keys, bad dates, unknown
 * references, a child outliving its parent link, or events whose predecessors do not end the day before.
 */
export function planDataset(dataset: OrgDataset, o: DatasetPlanOptions): { changes: OrgChange[]; ids: Map<string, string> } {
  const ids = new Map<string, string>();
  const where = (i: number, field: string) => `${dataset.dataset}.units[${i}].${field}`;
  dataset.units.forEach((u, i) => {
    if (ids.has(u.key)) throw invalidInput(where(i, 'key'), `Duplicate key ${u.key}.`, `Khóa ${u.key} bị trùng.`);
    if (!ORG_LEVELS.includes(u.level)) throw invalidInput(where(i, 'level'), `Unknown level ${u.level}.`, `Cấp ${u.level} không hợp lệ.`);
    if (u.validFrom !== null && (typeof u.validFrom !== 'string' || !isLocalDate(u.validFrom))) throw invalidInput(where(i, 'validFrom'), `Bad date ${u.validFrom}.`, `Ngày ${u.validFrom} không hợp lệ.`);
    if (u.validTo !== null && (typeof u.validTo !== 'string' || !isLocalDate(u.validTo))) throw invalidInput(where(i, 'validTo'), `Bad date ${u.validTo}.`, `Ngày ${u.validTo} không hợp lệ.`);
    if (u.validTo !== null && u.validFrom !== null && u.validTo < u.validFrom) throw invalidInput(where(i, 'validTo'), `${u.key} ends before it begins.`, `${u.key} kết thúc trước khi bắt đầu.`);
    ids.set(u.key, o.newId());
  });
  const resolve = (ref: string | DatasetRef, field: string): string => {
    const id = typeof ref === 'string' ? ids.get(ref) : o.resolveRef(ref)?.id;
    if (!id) throw invalidInput(field, `Unknown unit reference ${JSON.stringify(ref)}.`, `Không tìm thấy đơn vị được tham chiếu ${JSON.stringify(ref)}.`);
    return id;
  };
  const byKey = new Map(dataset.units.map((u) => [u.key, u]));
  const starts = new Map<string, LocalDate>();
  /** A start that is not recorded is taken from the first parent, recursively (documented in data/README.md). */
  const startOf = (key: string, field: string, seen: string[] = []): LocalDate => {
    const u = byKey.get(key)!;
    if (u.validFrom) return u.validFrom;
    if (starts.has(key)) return starts.get(key)!;
    const first = u.parentHistory?.[0] ?? { parentKey: u.parentKey, parentRef: u.parentRef };
    let start: LocalDate | undefined;
    if (first.parentKey && !seen.includes(first.parentKey)) start = startOf(first.parentKey, field, [...seen, key]);
    else if (first.parentRef) start = o.resolveRef(first.parentRef)?.validFrom;
    if (!start) throw invalidInput(field, `${key} has no start date and no parent to take it from.`, `${key} không có ngày bắt đầu và không có đơn vị cấp trên để suy ra.`);
    starts.set(key, start);
    return start;
  };
  const changes: OrgChange[] = [];
  dataset.units.forEach((u, i) => {
    const id = ids.get(u.key)!;
    const validFrom = startOf(u.key, where(i, 'validFrom'));
    changes.push({ op: 'insertUnit', unit: { id, code: u.code, level: u.level, kind: u.kind ?? null, validFrom } });
    if (u.validTo) changes.push({ op: 'endUnit', unitId: id, validTo: u.validTo });
    const names = u.names?.length ? u.names : [{ name: u.name, nameEn: u.nameEn ?? null, validFrom, validTo: u.validTo }];
    for (const n of names) {
      changes.push({ op: 'insertName', unitId: id, name: n.name, nameEn: n.nameEn ?? null, validFrom: n.validFrom ?? validFrom });
      if (n.validTo) changes.push({ op: 'endName', unitId: id, validFrom: n.validFrom ?? validFrom, validTo: n.validTo });
    }
    const links = u.parentHistory?.length ? u.parentHistory : [{ parentKey: u.parentKey, parentRef: u.parentRef, validFrom, validTo: u.validTo }];
    for (const link of links) {
      const parent = link.parentKey ?? link.parentRef;
      if (!parent) continue;
      const from = link.validFrom ?? validFrom;
      changes.push({ op: 'insertParent', unitId: id, parentId: resolve(parent, where(i, 'parentKey')), validFrom: from });
      if (link.validTo) changes.push({ op: 'endParent', unitId: id, validFrom: from, validTo: link.validTo });
    }
  });
  (dataset.events ?? []).forEach((e, i) => {
    const field = `${dataset.dataset}.events[${i}]`;
    if (!ORG_EVENT_KINDS.includes(e.kind)) throw invalidInput(`${field}.kind`, `Unknown event kind ${e.kind}.`, `Loại sự kiện ${e.kind} không hợp lệ.`);
    if (!isLocalDate(e.date)) throw invalidInput(`${field}.date`, `Bad date ${e.date}.`, `Ngày ${e.date} không hợp lệ.`);
    const predecessorIds = (e.predecessors ?? []).map((ref) => resolve(ref, `${field}.predecessors`));
    const successorIds = (e.successors ?? []).map((ref) => resolve(ref, `${field}.successors`));
    const subjectIds = (e.subjects ?? []).map((ref) => resolve(ref, `${field}.subjects`));
    const title = e.legalDoc ? [e.legalDoc.title, e.legalDoc.article].filter(Boolean).join(' — ') || null : null;
    const legalDoc = e.legalDoc ? { number: e.legalDoc.number, issuedOn: e.legalDoc.issuedOn ?? null, title, url: e.legalDoc.url ?? null } : null;
    changes.push({ op: 'insertEvent', event: { id: o.newId(), kind: e.kind, effectiveOn: e.date, legalDoc, note: e.note ?? null, predecessorIds, successorIds, subjectIds } });
  });
  return { changes, ids };
}
