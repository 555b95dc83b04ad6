import type { LocalDate } from '../shared/local-date.js';

/** The five groups of Decision 766/QĐ-TTg (23 Jun 2022). */
export type GroupCode = '1' | '2' | '3' | '4' | '5';

/** The sub-indices of the F766 formula sheet ("Mô tả công thức tính chỉ số 766"); the sheet has no 3.4. */
export const SUB_INDEX_CODES = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '3.1', '3.2', '3.3', '3.5', '3.6', '4.1', '4.2', '4.3', '4.4', '4.5', '5.1', '5.2', '5.3', '5.4'] as const;
export type SubIndexCode = (typeof SUB_INDEX_CODES)[number];

export type GroupDefinition = { code: GroupCode; nameVi: string; nameEn: string; max: number };
export type SubIndexDefinition = {
  code: SubIndexCode;
  group: GroupCode;
  nameVi: string;
  nameEn: string;
  /** Points of the sub-index (UNCONFIRMED: configurable; the sub-indices of a group add up to the group's maximum). */
  max: number;
  /** Rate (%) at or above which the sub-index earns its maximum; null = points grow linearly up to 100 %. */
  threshold: number | null;
};

/**
 * How a sub-index without a value (denominator 0, or no data in cchc) counts. F766 says "0 or N/A":
 * - 'exclude_and_rescale' (default): it is left out and its group's points are rescaled over the sub-indices that have a
 *   value (points × group max ÷ Σ max of those); a group with none is N/A and adds nothing to the total, whose maximum
 *   then shrinks by the group's maximum (`totalMax`). A unit is never penalised for data the platform does not hold.
 * - 'zero': it earns 0 of its maximum.
 */
export type NaPolicy = 'exclude_and_rescale' | 'zero';

/** One effective-dated weight table of the Decision 766 index: groups, sub-indices, points and thresholds. */
export type Index766Definition = {
  id: string;
  validFrom: LocalDate;
  source: string;
  naPolicy: NaPolicy;
  groups: GroupDefinition[];
  subIndices: SubIndexDefinition[];
};

const G = (code: GroupCode, max: number, nameVi: string, nameEn: string): GroupDefinition => ({ code, max, nameVi, nameEn });
const S = (code: SubIndexCode, max: number, threshold: number | null, nameVi: string, nameEn: string): SubIndexDefinition =>
  ({ code, group: code[0] as GroupCode, max, threshold, nameVi, nameEn });

/**
 * The default weight table (Decision 766/QĐ-TTg, in force on signing, 23 Jun 2022). Group maxima 18/20/22/22/18 are
 * from two secondary sources (aita.gov.vn, vietjack; domain.md §3.1). The points of each sub-index are UNCONFIRMED
 * defaults, chosen so each group adds up to its maximum (group 3 split 12 online services + 10 payment as in one
 * published mock-up; 2.2 is informational and carries no points); replace them with the official annex by adding a
 * definition with a later `validFrom`. Thresholds are from the F766 formula sheet: 80 % for 3.1, 3.5, 4.2, 4.3; 50 % for
 * 3.3; 90 % for 5.4.
 */
export const INDEX766_DEFINITIONS: readonly Index766Definition[] = [{
  id: '766-2022-default',
  validFrom: '2022-06-23',
  source: 'Decision 766/QĐ-TTg (23 Jun 2022); F766 formula sheet; sub-index points UNCONFIRMED defaults (docs/GLOSSARY.md, domain.md §3)',
  naPolicy: 'exclude_and_rescale',
  groups: [
    G('1', 18, 'Công khai, minh bạch', 'Publicity and transparency'),
    G('2', 20, 'Tiến độ, kết quả giải quyết', 'Progress and results'),
    G('3', 22, 'Cung cấp dịch vụ trực tuyến, thanh toán trực tuyến', 'Online services and payment'),
    G('4', 22, 'Số hóa hồ sơ', 'Digitisation'),
    G('5', 18, 'Mức độ hài lòng', 'Satisfaction'),
  ],
  subIndices: [
    S('1.1', 4, null, 'Công bố TTHC đúng hạn', 'Procedures announced on time'),
    S('1.2', 4, null, 'Cập nhật, công khai TTHC đúng hạn trên CSDL quốc gia', 'Procedures published on time in the National TTHC Database'),
    S('1.3', 4, null, 'TTHC công khai đầy đủ các bộ phận', 'Procedures published with all required components'),
    S('1.4', 6, null, 'Hồ sơ đồng bộ lên Cổng DVCQG', 'Dossiers synchronised to the National Portal'),
    S('2.1', 20, null, 'Hồ sơ xử lý trước hạn, đúng hạn', 'Dossiers handled early or on time'),
    S('2.2', 0, null, 'Thời gian xử lý trung bình của TTHC', 'Average handling time per procedure'),
    S('3.1', 4, 80, 'TTHC cung cấp dịch vụ công trực tuyến', 'Procedures offered as online services'),
    S('3.2', 4, null, 'Dịch vụ công trực tuyến có phát sinh hồ sơ', 'Online services that received online dossiers'),
    S('3.3', 4, 50, 'Hồ sơ nộp trực tuyến', 'Dossiers submitted online'),
    S('3.5', 4, 80, 'TTHC có thanh toán trực tuyến', 'Procedures with fees paid online'),
    S('3.6', 6, null, 'Hồ sơ thanh toán trực tuyến', 'Dossiers paid online'),
    S('4.1', 4, null, 'Hồ sơ cấp kết quả điện tử', 'Dossiers with an electronic result'),
    S('4.2', 5, 80, 'Hồ sơ được số hóa', 'Dossiers digitised'),
    S('4.3', 5, 80, 'Hồ sơ tái sử dụng dữ liệu số hóa', 'Dossiers reusing digitised data'),
    S('4.4', 4, null, 'Hồ sơ số hóa liên kết kho dữ liệu công dân', 'Digitised dossiers linked to the citizen\'s data store'),
    S('4.5', 4, null, 'Sử dụng dữ liệu dân cư (VNeID)', 'Use of population data (VNeID)'),
    S('5.1', 3, null, 'Phản ánh, kiến nghị theo loại', 'Feedback by type'),
    S('5.2', 5, null, 'Xử lý phản ánh, kiến nghị đúng hạn', 'Feedback handled on time'),
    S('5.3', 5, null, 'Hài lòng về xử lý phản ánh, kiến nghị', 'Satisfaction with feedback handling'),
    S('5.4', 5, 90, 'Hài lòng về giải quyết TTHC', 'Satisfaction with procedure handling'),
  ],
}];

/** Problems of a definition: unknown or repeated sub-indices, and groups whose sub-index points do not add up to the group maximum. */
export function checkDefinition(d: Index766Definition): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const s of d.subIndices) {
    if (seen.has(s.code)) problems.push(`sub-index ${s.code} listed twice`);
    seen.add(s.code);
    if (!d.groups.some((g) => g.code === s.group)) problems.push(`sub-index ${s.code} in unknown group ${s.group}`);
    if (s.max < 0 || (s.threshold !== null && !(s.threshold > 0 && s.threshold <= 100))) problems.push(`sub-index ${s.code}: bad max or threshold`);
  }
  for (const g of d.groups) {
    const sum = d.subIndices.filter((s) => s.group === g.code).reduce((a, s) => a + s.max, 0);
    if (Math.abs(sum - g.max) > 1e-9) problems.push(`group ${g.code}: sub-indices add up to ${sum}, not ${g.max}`);
  }
  return problems;
}

/** The weight table in force on `date`: the latest definition whose `validFrom` is on or before it (the first one for earlier dates). */
export function definitionOn(date: LocalDate, definitions: readonly Index766Definition[] = INDEX766_DEFINITIONS): Index766Definition {
  const sorted = [...definitions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  return sorted.filter((d) => d.validFrom <= date).at(-1) ?? sorted[0];
}
