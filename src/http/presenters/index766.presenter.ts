import { z } from 'zod';
import type { Index766Result } from '../../app/index766/compute-index766.js';
import type { Index766History } from '../../app/index766/index766-history.js';
import type { Index766Cell } from '../../app/index766/list-index766-cell.js';
import type { SubIndexScore } from '../../domain/index766/index766-rules.js';

const ZStatus = z.enum(['ok', 'na']);

export const ZIndex766SubIndex = z.object({
  code: z.string(), group: z.string(), name: z.string(), nameEn: z.string(),
  numerator: z.number().nullable(), denominator: z.number().nullable(), rate: z.number().nullable(), points: z.number().nullable(),
  max: z.number(), threshold: z.number().nullable(), status: ZStatus, reason: z.string().optional(), reasonEn: z.string().optional(),
});

export const ZIndex766Unit = z.object({
  id: z.string(), code: z.string(), name: z.string(), nameEn: z.string().nullable(), kind: z.string(), role: z.enum(['self', 'child']),
  total: z.number(), totalMax: z.number(), rank: z.number().nullable(), previousTotal: z.number(), previousRank: z.number().nullable(), rankChange: z.number().nullable(),
  groups: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string(), max: z.number(), points: z.number().nullable(), status: ZStatus })),
  subIndices: z.array(ZIndex766SubIndex),
});

export const ZIndex766 = z.object({
  unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  from: z.string(), to: z.string(),
  previous: z.object({ from: z.string(), to: z.string() }),
  definition: z.object({ id: z.string(), validFrom: z.string(), source: z.string(), naPolicy: z.enum(['exclude_and_rescale', 'zero']) }),
  units: z.array(ZIndex766Unit),
});

function presentSubIndex(s: SubIndexScore): z.infer<typeof ZIndex766SubIndex> {
  return {
    code: s.code, group: s.group, name: s.nameVi, nameEn: s.nameEn, numerator: s.numerator, denominator: s.denominator, rate: s.rate, points: s.points,
    max: s.max, threshold: s.threshold, status: s.status, ...(s.status === 'na' ? { reason: s.reasonVi, reasonEn: s.reasonEn } : {}),
  };
}

/** The Decision 766 index of a unit and its departments and communes: names in Vietnamese with English beside them. */
export function presentIndex766(r: Index766Result): z.infer<typeof ZIndex766> {
  return {
    unit: r.unit, from: r.period.from, to: r.period.to, previous: r.previous, definition: r.definition,
    units: r.units.map((u) => ({
      id: u.id, code: u.code, name: u.name, nameEn: u.nameEn, kind: u.level, role: u.role,
      total: u.score.total, totalMax: u.score.totalMax, rank: u.rank, previousTotal: u.previousTotal, previousRank: u.previousRank, rankChange: u.rankChange,
      groups: u.score.groups.map((g) => ({ code: g.code, name: g.nameVi, nameEn: g.nameEn, max: g.max, points: g.points, status: g.status })),
      subIndices: u.score.subIndices.map(presentSubIndex),
    })),
  };
}

export const ZIndex766CellItem = z.object({
  kind: z.enum(['dossier', 'procedure']), dossierId: z.string().nullable(), code: z.string().nullable(), procedureCode: z.string(), procedureName: z.string(),
  receivedOn: z.string().nullable(), dueOn: z.string().nullable(), endedOn: z.string().nullable(), openAtEnd: z.enum(['within', 'overdue']).nullable(),
  effect: z.enum(['counts', 'lowers']), reason: z.string(), reasonEn: z.string(),
});

export const ZIndex766Cell = z.object({
  unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  from: z.string(), to: z.string(),
  subIndex: z.object({
    code: z.string(), name: z.string(), nameEn: z.string(), numerator: z.number().nullable(), denominator: z.number().nullable(), rate: z.number().nullable(),
    status: ZStatus, reason: z.string().optional(), reasonEn: z.string().optional(),
  }),
  itemKind: z.enum(['dossier', 'procedure', 'none']),
  items: z.array(ZIndex766CellItem),
  total: z.number(), page: z.number(), pageSize: z.number(),
});

/** The dossiers or procedures behind a sub-index: 'counts' = in the numerator, 'lowers' = in the denominator only. */
export function presentIndex766Cell(c: Index766Cell): z.infer<typeof ZIndex766Cell> {
  const s = c.subIndex;
  return {
    unit: c.unit, from: c.period.from, to: c.period.to,
    subIndex: { code: s.code, name: s.nameVi, nameEn: s.nameEn, numerator: s.numerator, denominator: s.denominator, rate: s.rate, status: s.status,
      ...(s.reasonVi ? { reason: s.reasonVi, reasonEn: s.reasonEn } : {}) },
    itemKind: c.itemKind, total: c.total, page: c.page, pageSize: c.pageSize,
    items: c.items.map((i) => ({
      kind: i.kind, dossierId: i.dossierId, code: i.code, procedureCode: i.procedureCode, procedureName: i.procedureName, receivedOn: i.receivedOn, dueOn: i.dueOn,
      endedOn: i.endedOn, openAtEnd: i.openAtEnd, effect: i.inNumerator ? 'counts' : 'lowers', reason: i.reasonVi, reasonEn: i.reasonEn,
    })),
  };
}

export const ZIndex766History = z.object({
  unit: z.object({ code: z.string(), name: z.string() }),
  granularity: z.enum(['week', 'month', 'year']),
  periods: z.array(z.object({
    from: z.string(), to: z.string(),
    units: z.array(z.object({ code: z.string(), total: z.number(), totalMax: z.number(), rank: z.number().nullable() })),
  })),
});

/** The index history for officials: per period, each unit's total (of the points available) and rank. */
export function presentIndex766History(h: Index766History): z.infer<typeof ZIndex766History> {
  return { unit: h.unit, granularity: h.granularity, periods: h.periods.map((p) => ({ from: p.from, to: p.to, units: p.units.map((u) => ({ code: u.code, total: u.total, totalMax: u.totalMax, rank: u.rank })) })) };
}
