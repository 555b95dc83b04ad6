import type { ProcedureVersion } from './procedure-types.js';

/**
 * The parts every procedure must define (Decree 63/2010/ND-CP Art. 8(2), as amended by Decree 92/2017/ND-CP):
 * (a) name, (b) sequence of steps, (c) method, (d) dossier with its number of copies, (đ) time limit, (e) subjects,
 * (g) agency, (h) result; (i) where applicable forms, requirements and conditions, fees. The legal basis is part of
 * every published procedure card (Decree 63/2010 Art. 15; Circular 02/2017/TT-VPCP, annex on announcing decisions).
 */
export const COMPLETENESS_ELEMENTS = [
  { element: 'name', point: 'Art. 8(2)(a)', severity: 'required', vi: 'Tên thủ tục hành chính', en: 'name' },
  { element: 'steps', point: 'Art. 8(2)(b)', severity: 'required', vi: 'Trình tự thực hiện', en: 'sequence of steps' },
  { element: 'channels', point: 'Art. 8(2)(c)', severity: 'required', vi: 'Cách thức thực hiện', en: 'method (channels)' },
  { element: 'components', point: 'Art. 8(2)(d)', severity: 'required', vi: 'Thành phần, số lượng hồ sơ', en: 'dossier components and number of copies' },
  { element: 'timeLimit', point: 'Art. 8(2)(đ)', severity: 'required', vi: 'Thời hạn giải quyết', en: 'time limit' },
  { element: 'subjects', point: 'Art. 8(2)(e)', severity: 'required', vi: 'Đối tượng thực hiện', en: 'who may apply' },
  { element: 'competentUnitIds', point: 'Art. 8(2)(g)', severity: 'required', vi: 'Cơ quan thực hiện', en: 'competent agency' },
  { element: 'resultName', point: 'Art. 8(2)(h)', severity: 'required', vi: 'Kết quả thực hiện', en: 'result' },
  { element: 'forms', point: 'Art. 8(2)(i)', severity: 'if_applicable', vi: 'Mẫu đơn, mẫu tờ khai', en: 'application forms' },
  { element: 'conditions', point: 'Art. 8(2)(i)', severity: 'if_applicable', vi: 'Yêu cầu, điều kiện', en: 'requirements and conditions' },
  { element: 'fees', point: 'Art. 8(2)(i)', severity: 'if_applicable', vi: 'Phí, lệ phí', en: 'fees and charges' },
  { element: 'legalBasis', point: 'Art. 15; Circular 02/2017/TT-VPCP', severity: 'required', vi: 'Căn cứ pháp lý', en: 'legal basis' },
] as const;

export type CompletenessElement = (typeof COMPLETENESS_ELEMENTS)[number]['element'];

/** One missing or defective part, with the legal point that requires it. */
export type CompletenessProblem = {
  element: CompletenessElement;
  /** The point of Decree 63/2010/ND-CP that requires it. */
  legalPoint: string;
  /** 'if_applicable' parts may legitimately be absent (a free procedure, no prescribed form). */
  severity: 'required' | 'if_applicable';
  message: string;
  messageVi: string;
};

type Check = (v: ProcedureVersion) => string | null;
const blank = (s: string | null | undefined) => !s || s.trim() === '';

/** For each element, the defect it has (English detail), or null when it is complete. */
const CHECKS: Record<CompletenessElement, Check> = {
  name: (v) => (blank(v.name) ? 'missing' : null),
  steps: (v) => (v.steps.length === 0 ? 'no steps' : null),
  channels: (v) => (v.channels.length === 0 ? 'no submission channel' : null),
  components: (v) => {
    if (v.components.length === 0) return 'no dossier components';
    const bad = v.components.filter((c) => blank(c.name) || !Number.isInteger(c.copies) || c.copies < 0 || (c.required && c.copies === 0));
    return bad.length ? `number of copies missing for ${bad.map((c) => c.code).join(', ')}` : null;
  },
  timeLimit: (v) => (v.timeLimit.unit !== 'same_day' && !(v.timeLimit.value > 0) ? 'no time limit' : null),
  subjects: (v) => (!v.subjects || v.subjects.length === 0 ? 'not stated' : null),
  competentUnitIds: (v) => (v.competentUnitIds.length === 0 ? 'no competent agency' : null),
  resultName: (v) => (blank(v.resultName) ? 'missing' : null),
  forms: (v) => (v.components.some((c) => !blank(c.form)) ? null : 'no form named'),
  conditions: (v) => (v.conditions === undefined ? 'not stated' : null),
  fees: (v) => (v.fees.length === 0 ? 'not stated (record a zero fee when the procedure is free)' : null),
  legalBasis: (v) => (v.legalBasis.length === 0 ? 'no legal basis' : null),
};

/**
 * What a version lacks against Decree 63/2010/ND-CP Art. 8(2) (the list Decision 766/QĐ-TTg index 1.3 checks), each
 * with its legal point; an empty list means the version is complete.
 */
export function checkCompleteness(version: ProcedureVersion): CompletenessProblem[] {
  const problems: CompletenessProblem[] = [];
  for (const e of COMPLETENESS_ELEMENTS) {
    const defect = CHECKS[e.element](version);
    if (defect === null) continue;
    problems.push({
      element: e.element, legalPoint: `Decree 63/2010/ND-CP ${e.point}`, severity: e.severity,
      message: `${e.en}: ${defect} (Decree 63/2010/ND-CP ${e.point}).`,
      messageVi: `Thiếu hoặc chưa đủ "${e.vi}" (Nghị định 63/2010/NĐ-CP ${e.point.replace('Art.', 'Điều')}).`,
    });
  }
  return problems;
}

/** Complete in the sense of Decision 766/QĐ-TTg index 1.3: every required part present. */
export function isPublishedComplete(version: ProcedureVersion): boolean {
  return checkCompleteness(version).every((p) => p.severity !== 'required');
}
