import type { DossierChannel, ProcedureVersion } from '../../domain/procedures/procedure-types.js';

/**
 * The shape of a demo year of dossiers: rough shares a province reports, not measured data. Volumes, channels and
 * outcomes follow the figures provinces publish (e.g. "98.8 % on time", domain.md §2.1) and the fields that dominate
 * commune desks (certification and civil status); each constant is a demo assumption, nothing more.
 */

/** A small deterministic PRNG (mulberry32): the same seed gives the same year. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** One of `items` with probability proportional to its weight. */
export function pickWeighted<T>(items: readonly T[], weights: readonly number[], random: () => number): T {
  let total = 0;
  for (const w of weights) total += w;
  let r = random() * total;
  for (let i = 0; i < items.length; i++) if ((r -= weights[i]) < 0) return items[i];
  return items[items.length - 1];
}

/** Relative popularity of the shipped procedures: certification and civil status make most of a commune's work. */
const POPULARITY: Record<string, number> = {
  '2.000815': 20, '2.000884': 8, '2.000942': 4, '2.000992': 1, '2.001008': 1, // chứng thực
  '1.001193': 10, '1.004873': 8, '2.000635': 8, '1.000894': 4, '1.000656': 4, '1.004859': 3, '1.004884': 1, '1.000689': 0.6,
  '1.005461': 0.3, '1.004746': 0.3, '2.000528': 0.2, '1.004845': 0.1, '1.000593': 0.05, '1.000419': 0.05, '2.001263': 0.05, // hộ tịch, nuôi con nuôi
  '1.001612': 2, '2.000720': 1, '1.001570': 0.6, '1.001266': 0.5, '2.000575': 0.2, // hộ kinh doanh
  '1.013225': 1.5, '1.013226': 0.2, '1.013227': 0.2, '1.013228': 0.1, // cấp phép xây dựng
  '1.001776': 1.5, '1.001699': 0.5, // bảo trợ xã hội
};
const FIELD_POPULARITY: Record<string, number> = { CT: 2, HT: 1 };

/** How often a procedure is asked for, relative to the others. */
export function popularityOf(v: ProcedureVersion): number {
  return POPULARITY[v.code] ?? FIELD_POPULARITY[v.fieldCode] ?? 0.3;
}

/** Share of a procedure's dossiers handled by a provincial department (received at the service centre) rather than a commune. */
export const DEPARTMENT_SHARE = 0.12;

/** Relative volume by day of the week (0 = Sunday … 6 = a make-up Saturday): Mondays are busiest. */
export const WEEKDAY_VOLUME = [0, 1.15, 1.05, 1, 1, 0.9, 0.7] as const;
/** Relative volume by month (1–12): a rush before Tết, a lull during it, summer school and year-end peaks. */
export const MONTH_VOLUME = [0, 1.1, 0.8, 1.05, 1, 1, 1.05, 1.1, 1.05, 0.95, 1, 1, 1.1] as const;

/** Submission channels (Decree 118/2025/ND-CP Art. 15), restricted to those the procedure allows. */
export const CHANNEL_SHARE: Record<DossierChannel, number> = { online: 0.55, in_person: 0.4, postal: 0.05 };

/** Shares of the outcomes and of the events along the way. */
export const OUTCOMES = {
  /** Supplement requested once (then completed, or never: closed after 15 working days). */
  supplement: 0.08, supplementAbandoned: 0.1,
  /** Fees requested and paid online after the desk's check (paying procedures, online dossiers). */
  onlinePayment: 0.3,
  withdrawn: 0.01, stopped: 0.005,
  /** Late against the appointment in force; of those, the share whose agency sent an apology with a new date in time. */
  late: 0.035, lateWithApology: 0.55,
  /** Ended on the due date itself; the rest end early. */
  onTime: 0.18,
  /** Refused after appraisal, with reasons (Decree 61/2018/ND-CP Art. 19(8)). */
  refused: 0.03,
  /** Results never collected. */
  neverDelivered: 0.02,
} as const;

/** Reasons written on the events, in Vietnamese as a desk would. */
export const REASONS = {
  supplement: ['Thiếu bản sao giấy tờ tùy thân', 'Tờ khai chưa đủ chữ ký', 'Giấy tờ bản chụp không rõ nét', 'Thiếu văn bản ủy quyền'],
  apology: ['Cần xác minh thêm thông tin', 'Chờ ý kiến cơ quan liên quan', 'Cán bộ thụ lý nghỉ ốm đột xuất'],
  refused: ['Không đủ điều kiện theo quy định', 'Hồ sơ không thuộc thẩm quyền giải quyết'],
  withdrawn: ['Công dân đề nghị rút hồ sơ'],
  stopped: ['Người yêu cầu không đủ điều kiện', 'Quá hạn bổ sung hồ sơ'],
} as const;

/**
 * The working days from `first` to `last` (local epoch days) with how many of `count` dossiers each receives, spread in
 * proportion to `weightOf(day)` with rounding that keeps the total exact.
 */
export function dailyVolumes(calendar: { isWorkingEpochDay: (d: number) => boolean }, first: number, last: number, count: number, weightOf: (day: number) => number): Array<{ day: number; n: number }> {
  const days: number[] = [];
  for (let d = first; d <= last; d++) if (calendar.isWorkingEpochDay(d)) days.push(d);
  const weights = days.map(weightOf);
  const total = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  return days.map((day, i) => {
    const before = Math.round((cumulative / total) * count);
    cumulative += weights[i];
    return { day, n: Math.round((cumulative / total) * count) - before };
  });
}
