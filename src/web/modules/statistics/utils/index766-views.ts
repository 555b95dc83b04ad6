import type { Index766Unit } from '../../../api/reports';

/** How a change of rank reads: ▲ moved up, ▼ moved down, = kept, nothing without a previous rank. */
export type RankChangeView = { symbol: '▲' | '▼' | '=' | ''; steps: number; tone: 'up' | 'down' | 'same' | 'none' };

/** `change` is previous rank − current rank (positive = moved up), null when either rank is missing. */
export function rankChangeView(change: number | null): RankChangeView {
  if (change === null) return { symbol: '', steps: 0, tone: 'none' };
  if (change > 0) return { symbol: '▲', steps: change, tone: 'up' };
  if (change < 0) return { symbol: '▼', steps: -change, tone: 'down' };
  return { symbol: '=', steps: 0, tone: 'same' };
}

/** Decision 766 ranks agencies and localities apart: departments (and centres) on one list, communes (and districts) on another. */
export type RankingKind = 'departments' | 'communes';

const LOCALITY_LEVELS = new Set(['district', 'commune']);

export const rankingKindOf = (unit: Pick<Index766Unit, 'kind'>): RankingKind =>
  (LOCALITY_LEVELS.has(unit.kind) ? 'communes' : 'departments');

/** The units under the one asked for, split into the two rankings, best rank first (unranked last, then by name). */
export function rankings(units: readonly Index766Unit[], compare: (a: string, b: string) => number): Record<RankingKind, Index766Unit[]> {
  const out: Record<RankingKind, Index766Unit[]> = { departments: [], communes: [] };
  for (const unit of units) if (unit.role === 'child') out[rankingKindOf(unit)].push(unit);
  const order = (a: Index766Unit, b: Index766Unit) =>
    (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) || b.total - a.total || compare(a.name, b.name);
  out.departments.sort(order);
  out.communes.sort(order);
  return out;
}

/** A group's points as a share of its maximum (0–100), for the radar chart; null when N/A. */
export const groupShare = (points: number | null, max: number): number | null =>
  (points === null || max <= 0 ? null : Math.round((points / max) * 10_000) / 100);

/** Breaks a chart label into lines of at most `max` characters at spaces (ECharts radar names do not wrap by themselves). */
export function wrapLabel(text: string, max: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}
