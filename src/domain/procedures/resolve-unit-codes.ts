import { invalidInput } from '../errors.js';
import { findByCodeOn, unitsAsOf } from '../org/org-queries.js';
import type { OrgHistory } from '../org/org-types.js';
import type { LocalDate } from '../shared/local-date.js';
import { COMMUNE_MARKER, type AgencyStepRecord } from './procedure-record.js';
import type { AgencyStep } from './procedure-types.js';

const communesOn = (history: OrgHistory, on: LocalDate) => unitsAsOf(history, on, 'commune').map((u) => u.unit.id);

/**
 * Unit codes → ids as of `on` (codes are reused over time, so only the unit holding a code that day counts).
 * `*commune*` stands for every commune valid on `on`: from 2025-07-01 commune People's Committees decide the procedures
 * devolved to the commune level (Law on Local Government 72/2025/QH15; Decree 118/2025/ND-CP Art. 7(3)).
 */
export function resolveUnitCodes(history: OrgHistory, codes: string[], on: LocalDate, field: string): string[] {
  const ids = new Set<string>();
  codes.forEach((code, i) => {
    if (code === COMMUNE_MARKER) {
      const communes = communesOn(history, on);
      if (!communes.length) throw invalidInput(`${field}[${i}]`, `No commune exists on ${on}.`, `Không có đơn vị cấp xã nào vào ngày ${on}.`);
      communes.forEach((id) => ids.add(id));
      return;
    }
    const unit = findByCodeOn(history, code, on);
    if (!unit) throw invalidInput(`${field}[${i}]`, `No unit has code ${code} on ${on}.`, `Không có đơn vị mang mã ${code} vào ngày ${on}.`, { code });
    ids.add(unit.id);
  });
  return [...ids];
}

/** Ids → codes, sorted; when they cover every commune valid on `on`, those collapse into `*commune*` (the inverse of resolveUnitCodes). */
export function unitCodesOf(history: OrgHistory, ids: string[], on: LocalDate): string[] {
  const set = new Set(ids);
  const communes = communesOn(history, on);
  const allCommunes = communes.length > 0 && communes.every((id) => set.has(id));
  if (allCommunes) communes.forEach((id) => set.delete(id));
  const codes = [...set].map((id) => history.units.get(id)?.code ?? id).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return allCommunes ? [COMMUNE_MARKER, ...codes] : codes;
}

/** Inter-agency steps by unit code → by unit id, each code naming exactly one unit on `on` (`*commune*` is not one unit). */
export function resolveAgencySteps(history: OrgHistory, steps: AgencyStepRecord[], on: LocalDate): AgencyStep[] {
  return steps.map((s, i) => {
    const unit = s.unitCode === COMMUNE_MARKER ? undefined : findByCodeOn(history, s.unitCode, on);
    if (!unit) throw invalidInput(`agencySteps[${i}].unitCode`, `No unit has code ${s.unitCode} on ${on}.`, `Không có đơn vị mang mã ${s.unitCode} vào ngày ${on}.`, { code: s.unitCode });
    return { unitId: unit.id, name: s.name, workingDays: s.workingDays };
  });
}

/** Inter-agency steps by unit id → by unit code (the inverse of resolveAgencySteps). */
export function agencyStepRecords(history: OrgHistory, steps: AgencyStep[]): AgencyStepRecord[] {
  return steps.map((s) => ({ unitCode: history.units.get(s.unitId)?.code ?? s.unitId, name: s.name, workingDays: s.workingDays }));
}
