import { DomainError, invalidInput } from '../errors.js';
import { isValidOn, type OrgHistory } from '../org/org-types.js';
import { addDays, type LocalDate } from '../shared/local-date.js';
import type { ProcedureVersion } from './procedure-types.js';

/** A version before it is stored: everything but its ids and number. */
export type VersionDraft = Omit<ProcedureVersion, 'id' | 'procedureId' | 'version'>;

/** What to write: the new version's number, and the previous version to close the day before it starts. */
export type VersionPlan = { version: number; draft: VersionDraft; close: { versionId: string; validTo: LocalDate } | null };

/** National procedure codes: one digit, a dot, six digits (National TTHC Database, e.g. 1.001193, 2.000635; Circular 02/2017/TT-VPCP). */
export const PROCEDURE_CODE = /^\d\.\d{6}$/;

/** Fails unless the draft is well formed: code, time limit, channels, step shares, components, dates (Decree 63/2010/ND-CP Art. 8). */
export function requireWellFormed(d: VersionDraft): void {
  if (!PROCEDURE_CODE.test(d.code)) {
    throw invalidInput('code', `Procedure code ${d.code} must look like 1.001193 (digit, dot, six digits).`, `Mã thủ tục ${d.code} phải có dạng 1.001193 (một chữ số, dấu chấm, sáu chữ số).`);
  }
  if (d.validTo !== null && d.validTo < d.validFrom) {
    throw invalidInput('validTo', 'validTo must not be before validFrom.', 'Ngày hết hiệu lực không được trước ngày có hiệu lực.');
  }
  if (d.timeLimit.unit !== 'same_day' && !(d.timeLimit.value > 0)) {
    throw invalidInput('timeLimit.value', 'The time limit must be greater than 0 (or use unit same_day).', 'Thời hạn giải quyết phải lớn hơn 0 (hoặc chọn "trong ngày").');
  }
  if (d.channels.length === 0 || new Set(d.channels).size !== d.channels.length) {
    throw invalidInput('channels', 'Give at least one submission channel, each once.', 'Phải có ít nhất một cách thức nộp hồ sơ, không trùng lặp.');
  }
  const shares = d.steps.reduce((sum, s) => sum + s.sharePercent, 0);
  if (d.steps.length > 0 && Math.abs(shares - 100) > 1e-9) {
    throw invalidInput('steps', `The steps' shares of the time limit add up to ${shares}%, not 100%.`, `Tổng tỷ lệ thời gian của các bước là ${shares}%, không phải 100%.`);
  }
  const codes = d.components.map((c) => c.code);
  const bad = d.components.findIndex((c, i) => codes.indexOf(c.code) !== i || !Number.isInteger(c.copies) || c.copies < 0);
  if (bad >= 0) {
    throw invalidInput(`components[${bad}]`, 'Component codes must be unique and copies a whole number ≥ 0.', 'Mã thành phần hồ sơ không được trùng và số lượng phải là số nguyên ≥ 0.');
  }
  if (d.competentUnitIds.length === 0) {
    throw invalidInput('competentUnitCodes', 'Name at least one competent agency.', 'Phải có ít nhất một cơ quan có thẩm quyền giải quyết.');
  }
  requireAgencySteps(d);
}

/**
 * Inter-agency steps (Decree 61/2018/ND-CP Art. 19(6)): present exactly when the procedure is inter-agency, each with its
 * own time limit (a multiple of 0.5 working days), together within the procedure's limit when it is in working days —
 * their sum when they run one after another, the longest when they run at once.
 */
export function requireAgencySteps(d: VersionDraft): void {
  const steps = d.agencySteps ?? [];
  if (d.interAgency === 'none' && steps.length > 0) {
    throw invalidInput('agencySteps', 'Agency steps need an inter-agency procedure (interAgency sequential or parallel).', 'Chỉ thủ tục liên thông (tuần tự hoặc song song) mới có các bước liên thông.');
  }
  if (d.interAgency !== 'none' && steps.length === 0) {
    throw invalidInput('agencySteps', 'An inter-agency procedure names the agencies of its steps.', 'Thủ tục liên thông phải nêu các cơ quan tham gia từng bước.');
  }
  const bad = steps.findIndex((s) => !(s.workingDays > 0 && s.workingDays <= 1000 && Number.isInteger(s.workingDays * 2)));
  if (bad >= 0) {
    throw invalidInput(`agencySteps[${bad}].workingDays`, 'Each agency step takes a multiple of 0.5 working days, more than 0 and at most 1000.', 'Thời hạn của mỗi bước liên thông phải là bội số của 0,5 ngày làm việc, lớn hơn 0 và không quá 1000.');
  }
  if (d.timeLimit.unit === 'working_days' && steps.length > 0) {
    const needed = d.interAgency === 'sequential' ? steps.reduce((sum, s) => sum + s.workingDays, 0) : Math.max(...steps.map((s) => s.workingDays));
    if (needed > d.timeLimit.value) {
      throw invalidInput('agencySteps', `The agency steps need ${needed} working days, more than the ${d.timeLimit.value} of the procedure.`,
        `Các bước liên thông cần ${needed} ngày làm việc, vượt thời hạn giải quyết ${d.timeLimit.value} ngày làm việc của thủ tục.`, { needed, limit: d.timeLimit.value });
    }
  }
}

/** Fails unless every unit exists on the version's first day (Decree 63/2010/ND-CP Art. 8(2)(g): the agency that decides). */
export function requireUnitsValid(d: VersionDraft, history: OrgHistory): void {
  for (const [field, ids] of [['competentUnitCodes', d.competentUnitIds], ['receivingUnitCodes', d.receivingUnitIds]] as const) {
    ids.forEach((id, i) => {
      const unit = history.units.get(id);
      if (unit && isValidOn(unit, d.validFrom)) return;
      throw invalidInput(`${field}[${i}]`, `Unit ${unit?.code ?? id} does not exist on ${d.validFrom}.`, `Đơn vị ${unit?.code ?? id} không tồn tại vào ngày ${d.validFrom}.`);
    });
  }
  (d.agencySteps ?? []).forEach((s, i) => {
    const unit = history.units.get(s.unitId);
    if (unit && isValidOn(unit, d.validFrom)) return;
    throw invalidInput(`agencySteps[${i}].unitCode`, `Unit ${unit?.code ?? s.unitId} does not exist on ${d.validFrom}.`, `Đơn vị ${unit?.code ?? s.unitId} không tồn tại vào ngày ${d.validFrom}.`);
  });
}

/**
 * Plans a new version (mode 'create': the code is new) or an amendment (mode 'amend': the code exists; 'either' for
 * imports). Versions of one procedure never overlap: an amendment must start after the latest version started, and
 * closes that version the day before unless it already ended (a dossier keeps the version in force on its receipt date,
 * domain.md requirement 1; Decree 63/2010/ND-CP Art. 15 on announcing amended procedures).
 */
export function planProcedureVersion(o: { draft: VersionDraft; existing: ProcedureVersion[]; history: OrgHistory; mode: 'create' | 'amend' | 'either' }): VersionPlan {
  const { draft, existing } = o;
  requireWellFormed(draft);
  if (o.mode === 'create' && existing.length) {
    throw new DomainError('CONFLICT', `Procedure ${draft.code} already exists; add a version from a date instead.`, `Thủ tục ${draft.code} đã tồn tại; hãy bổ sung phiên bản mới từ một ngày.`, { field: 'code' });
  }
  if (o.mode === 'amend' && !existing.length) {
    throw new DomainError('NOT_FOUND', `No procedure ${draft.code}.`, `Không tìm thấy thủ tục ${draft.code}.`, { field: 'code' });
  }
  requireUnitsValid(draft, o.history);
  const latest = [...existing].sort((a, b) => a.validFrom.localeCompare(b.validFrom)).at(-1);
  if (!latest) return { version: 1, draft, close: null };
  if (draft.validFrom <= latest.validFrom) {
    throw new DomainError('CONFLICT', `A new version of ${draft.code} must start after ${latest.validFrom}, when version ${latest.version} started.`,
      `Phiên bản mới của thủ tục ${draft.code} phải có hiệu lực sau ngày ${latest.validFrom} (ngày phiên bản ${latest.version} có hiệu lực).`, { field: 'validFrom', latestValidFrom: latest.validFrom });
  }
  const dayBefore = addDays(draft.validFrom, -1);
  const close = latest.validTo === null || latest.validTo > dayBefore ? { versionId: latest.id, validTo: dayBefore } : null;
  return { version: Math.max(...existing.map((v) => v.version)) + 1, draft, close };
}

/** The version in force on a date (validity intervals are closed: validFrom … validTo inclusive). */
export function versionInForce<T extends { validFrom: LocalDate; validTo: LocalDate | null }>(versions: T[], on: LocalDate): T | undefined {
  return versions.find((v) => v.validFrom <= on && (v.validTo === null || on <= v.validTo));
}
