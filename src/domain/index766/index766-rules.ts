import type { GroupCode, Index766Definition, SubIndexCode, SubIndexDefinition } from './index766-definition.js';

/** A sub-index measured from cchc data: a numerator and a denominator, or no value with the reason why. */
export type Measure =
  | { status: 'ok'; numerator: number; denominator: number }
  | { status: 'na'; reasonVi: string; reasonEn: string; numerator?: number; denominator?: number };

export type SubIndexScore = {
  code: SubIndexCode;
  group: GroupCode;
  nameVi: string;
  nameEn: string;
  numerator: number | null;
  denominator: number | null;
  /** Percent, 2 decimals; null when N/A. */
  rate: number | null;
  points: number | null;
  max: number;
  threshold: number | null;
  status: 'ok' | 'na';
  reasonVi?: string;
  reasonEn?: string;
};

export type GroupScore = { code: GroupCode; nameVi: string; nameEn: string; max: number; points: number | null; status: 'ok' | 'na' };
export type UnitScore = { total: number; totalMax: number; groups: GroupScore[]; subIndices: SubIndexScore[] };

/** Rounds half up to 2 decimals, ignoring binary noise (F766: every rate is shown with 2 decimals). */
export function round2(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-7)) / 100;
}

/** Rate = numerator ÷ denominator × 100 rounded to 2 decimals; null when the denominator is 0 (F766 formula sheet: "0 or N/A"). */
export function rate766(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator * 10_000) / denominator) / 100;
}

/**
 * Points of a sub-index from its rate (F766 formula sheet, Decision 766/QĐ-TTg): with a threshold, at or above it the
 * full maximum, below it rate × max ÷ threshold; without one, rate × max ÷ 100; rounded to 2 decimals.
 */
export function points766(rate: number, max: number, threshold: number | null): number {
  if (threshold === null) return round2(Math.min(rate, 100) * max / 100);
  return rate >= threshold ? max : round2(rate * max / threshold);
}

const DENOMINATOR_ZERO = { reasonVi: 'Không có đối tượng để tính trong kỳ (mẫu số bằng 0).', reasonEn: 'Nothing to count in the period (denominator 0).' };

/** Scores one sub-index from its measure: N/A keeps its reason, a zero denominator becomes N/A (F766 formula sheet). */
export function scoreSubIndex(definition: Index766Definition, code: SubIndexCode, measure: Measure): SubIndexScore {
  const d = definition.subIndices.find((s) => s.code === code);
  if (!d) throw new Error(`sub-index ${code} is not in definition ${definition.id}`);
  return scoreOf(d, measure);
}

function scoreOf(d: SubIndexDefinition, measure: Measure): SubIndexScore {
  const { code, group, nameVi, nameEn, max, threshold } = d;
  if (measure.status === 'na') {
    return { code, group, nameVi, nameEn, max, threshold, numerator: measure.numerator ?? null, denominator: measure.denominator ?? null, rate: null, points: null, status: 'na', reasonVi: measure.reasonVi, reasonEn: measure.reasonEn };
  }
  const rate = rate766(measure.numerator, measure.denominator);
  if (rate === null) return { code, group, nameVi, nameEn, max, threshold, numerator: measure.numerator, denominator: 0, rate: null, points: null, status: 'na', ...DENOMINATOR_ZERO };
  return { code, group, nameVi, nameEn, max, threshold, numerator: measure.numerator, denominator: measure.denominator, rate, points: points766(rate, max, threshold), status: 'ok' };
}

/** Points of a group from the sum of its valued sub-indices' points and their maxima, or null when N/A (Decision 766/QĐ-TTg §3; F766 "0 or N/A"). */
function groupPoints(policy: Index766Definition['naPolicy'], groupMax: number, sum: number, valuedMax: number): number | null {
  if (policy === 'zero') return round2(sum);
  return valuedMax === 0 ? null : round2(sum * groupMax / valuedMax);
}

/**
 * Group points over the sub-indices that have a value (Decision 766/QĐ-TTg §3; F766 "0 or N/A"): under
 * 'exclude_and_rescale' Σ points × group max ÷ Σ max of the valued sub-indices (N/A when none has a value), under
 * 'zero' the plain sum; 2 decimals.
 */
export function scoreGroup(definition: Index766Definition, code: GroupCode, subIndices: SubIndexScore[]): GroupScore {
  const g = definition.groups.find((x) => x.code === code)!;
  let sum = 0;
  let valuedMax = 0;
  for (const s of subIndices) if (s.group === code && s.status === 'ok') { sum += s.points ?? 0; valuedMax += s.max; }
  const points = groupPoints(definition.naPolicy, g.max, sum, valuedMax);
  return { code, nameVi: g.nameVi, nameEn: g.nameEn, max: g.max, points, status: points === null ? 'na' : 'ok' };
}

/** Total = Σ group points of the groups that have a value (Decision 766/QĐ-TTg §3: out of 100), with the maximum reachable. */
export function scoreUnit(definition: Index766Definition, measures: Partial<Record<SubIndexCode, Measure>>): UnitScore {
  const subIndices = definition.subIndices.map((s) => scoreOf(s, measures[s.code] ?? NOT_MEASURED));
  const groups = definition.groups.map((g) => scoreGroup(definition, g.code, subIndices));
  let total = 0;
  let totalMax = 0;
  for (const g of groups) if (g.status === 'ok') { total += g.points!; totalMax += g.max; }
  return { total: round2(total), totalMax, groups, subIndices };
}

export type UnitTotal = Pick<UnitScore, 'total' | 'totalMax'>;

/**
 * The total and its maximum only, as scoreUnit computes them (same additions in the same order), without building the
 * sub-index and group objects: for ranks of a previous period and history series (Decision 766/QĐ-TTg §3).
 */
export function scoreTotal(definition: Index766Definition, measures: Partial<Record<SubIndexCode, Measure>>): UnitTotal {
  let total = 0;
  let totalMax = 0;
  for (const g of definition.groups) {
    let sum = 0;
    let valuedMax = 0;
    for (const s of definition.subIndices) {
      if (s.group !== g.code) continue;
      const m = measures[s.code];
      if (!m || m.status === 'na') continue;
      const rate = rate766(m.numerator, m.denominator);
      if (rate === null) continue;
      sum += points766(rate, s.max, s.threshold);
      valuedMax += s.max;
    }
    const points = groupPoints(definition.naPolicy, g.max, sum, valuedMax);
    if (points !== null) { total += points; totalMax += g.max; }
  }
  return { total: round2(total), totalMax };
}

const NOT_MEASURED: Measure = { status: 'na', reasonVi: 'cchc chưa đo chỉ số này.', reasonEn: 'cchc does not measure this sub-index.' };

/**
 * Competition ranking by total, highest first: equal totals share a rank and the next rank skips (1, 2, 2, 4), as
 * published rankings of Decision 766/QĐ-TTg list agencies and localities by total points.
 */
export function rankByTotal<K>(items: ReadonlyArray<{ key: K; total: number }>): Map<K, number> {
  const out = new Map<K, number>();
  for (const item of items) out.set(item.key, 1 + items.filter((other) => other.total > item.total).length);
  return out;
}

/** Change of rank against the previous period: positive = moved up (previous rank − current rank); null when either is missing (Decision 766/QĐ-TTg rankings). */
export function rankChange(previousRank: number | null, rank: number | null): number | null {
  return previousRank === null || rank === null ? null : previousRank - rank;
}
