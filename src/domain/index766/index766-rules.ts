import type { GroupCode, Index766Definition, SubIndexCode } from './index766-definition.js';

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

/** Scores one sub-index from its measure: N/A keeps its reason, a zero denominator becomes N/A (F766 formula sheet). */
export function scoreSubIndex(definition: Index766Definition, code: SubIndexCode, measure: Measure): SubIndexScore {
  const d = definition.subIndices.find((s) => s.code === code);
  if (!d) throw new Error(`sub-index ${code} is not in definition ${definition.id}`);
  const base = { code, group: d.group, nameVi: d.nameVi, nameEn: d.nameEn, max: d.max, threshold: d.threshold };
  if (measure.status === 'na') {
    return { ...base, numerator: measure.numerator ?? null, denominator: measure.denominator ?? null, rate: null, points: null, status: 'na', reasonVi: measure.reasonVi, reasonEn: measure.reasonEn };
  }
  const rate = rate766(measure.numerator, measure.denominator);
  if (rate === null) {
    return { ...base, numerator: measure.numerator, denominator: 0, rate: null, points: null, status: 'na',
      reasonVi: 'Không có đối tượng để tính trong kỳ (mẫu số bằng 0).', reasonEn: 'Nothing to count in the period (denominator 0).' };
  }
  return { ...base, numerator: measure.numerator, denominator: measure.denominator, rate, points: points766(rate, d.max, d.threshold), status: 'ok' };
}

/**
 * Group points over the sub-indices that have a value (Decision 766/QĐ-TTg §3; F766 "0 or N/A"): under
 * 'exclude_and_rescale' Σ points × group max ÷ Σ max of the valued sub-indices (N/A when none has a value), under
 * 'zero' the plain sum; 2 decimals.
 */
export function scoreGroup(definition: Index766Definition, code: GroupCode, subIndices: SubIndexScore[]): GroupScore {
  const g = definition.groups.find((x) => x.code === code)!;
  const mine = subIndices.filter((s) => s.group === code);
  const valued = mine.filter((s) => s.status === 'ok');
  const base = { code, nameVi: g.nameVi, nameEn: g.nameEn, max: g.max };
  const sum = valued.reduce((a, s) => a + (s.points ?? 0), 0);
  if (definition.naPolicy === 'zero') return { ...base, points: round2(sum), status: 'ok' };
  const valuedMax = valued.reduce((a, s) => a + s.max, 0);
  if (valuedMax === 0) return { ...base, points: null, status: 'na' };
  return { ...base, points: round2(sum * g.max / valuedMax), status: 'ok' };
}

/** Total = Σ group points of the groups that have a value (Decision 766/QĐ-TTg §3: out of 100), with the maximum reachable. */
export function scoreUnit(definition: Index766Definition, measures: Partial<Record<SubIndexCode, Measure>>): UnitScore {
  const subIndices = definition.subIndices.map((s) => scoreSubIndex(definition, s.code, measures[s.code] ?? NOT_MEASURED));
  const groups = definition.groups.map((g) => scoreGroup(definition, g.code, subIndices));
  const valued = groups.filter((g) => g.status === 'ok');
  return { total: round2(valued.reduce((a, g) => a + g.points!, 0)), totalMax: valued.reduce((a, g) => a + g.max, 0), groups, subIndices };
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
