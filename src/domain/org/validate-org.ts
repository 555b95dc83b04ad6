import { DomainError, invalidInput } from '../errors.js';
import { addDays, type LocalDate } from '../shared/local-date.js';
import { ancestorsOn, nameOn } from './org-queries.js';
import { isValidOn, overlaps, type Interval, type OrgHistory, type OrgLevel, type OrgUnit } from './org-types.js';

/** The first day on which the district level no longer exists (Law on Local Government 72/2025/QH15, Art. 1–2). */
export const DISTRICTS_ABOLISHED_ON: LocalDate = '2025-07-01';

/** Loads a unit or fails with NOT_FOUND. */
export function requireUnit(history: OrgHistory, unitId: string, field = 'unitId'): OrgUnit {
  const unit = history.units.get(unitId);
  if (!unit) throw new DomainError('NOT_FOUND', `Unknown organisation unit ${unitId}.`, `Không tìm thấy đơn vị ${unitId}.`, { field });
  return unit;
}

/** Fails unless the unit exists on `date` (a merger or move into a unit that does not exist then is refused). */
export function requireValidOn(unit: OrgUnit, date: LocalDate, field: string): void {
  if (isValidOn(unit, date)) return;
  const { name } = nameOn(unit, date);
  throw invalidInput(field, `Unit ${unit.code} (${name}) does not exist on ${date}.`, `Đơn vị ${unit.code} (${name}) không tồn tại vào ngày ${date}.`, { unitId: unit.id, date });
}

/** Fails when another unit holds `code` on any day of `interval` (codes are reused only after a unit ends). */
export function requireCodeFree(history: OrgHistory, code: string, interval: Interval, exceptIds: string[] = []): void {
  for (const unit of history.units.values()) {
    if (unit.code !== code || exceptIds.includes(unit.id) || !overlaps(unit, interval)) continue;
    throw new DomainError('CONFLICT', `Code ${code} is already used by another unit from ${unit.validFrom}${unit.validTo ? ` to ${unit.validTo}` : ''}.`,
      `Mã ${code} đang được đơn vị khác sử dụng từ ${unit.validFrom}${unit.validTo ? ` đến ${unit.validTo}` : ''}.`, { field: 'code', unitId: unit.id });
  }
}

/**
 * Fails when `level` may not sit under `parentLevel` on `date`: districts sit under provinces and do not exist from
 * 1 July 2025 (Law on Local Government 72/2025/QH15); communes sit under a district or, from then on, a province.
 */
export function requireLevelFits(level: OrgLevel, parentLevel: OrgLevel | null, date: LocalDate): void {
  if (level === 'district' && date >= DISTRICTS_ABOLISHED_ON) {
    throw invalidInput('level', 'District-level units do not exist from 2025-07-01 (Law 72/2025/QH15).', 'Từ ngày 01/07/2025 không còn đơn vị hành chính cấp huyện (Luật 72/2025/QH15).');
  }
  const allowed: Record<OrgLevel, Array<OrgLevel | null>> = {
    province: [null],
    department: ['province', 'department', 'district', 'commune', 'other'],
    service_centre: ['province', 'department', 'district', 'commune'],
    district: ['province'],
    commune: ['district', 'province'],
    other: [null, 'province', 'department', 'district', 'commune', 'other', 'service_centre'],
  };
  if (!allowed[level].includes(parentLevel)) {
    throw invalidInput('parentId', `A ${level} cannot sit under ${parentLevel ?? 'no parent'}.`, `Đơn vị cấp ${level} không thể trực thuộc ${parentLevel ?? '(không có cấp trên)'}.`, { level, parentLevel });
  }
}

/** Fails when making `parentId` the parent of `unitId` on `date` would close a cycle in the tree. */
export function requireNoCycle(history: OrgHistory, unitId: string, parentId: string, date: LocalDate): void {
  if (parentId === unitId || ancestorsOn(history, parentId, date).includes(unitId)) {
    throw invalidInput('parentId', 'The new parent lies below the unit itself: the tree would have a cycle.', 'Đơn vị cấp trên mới nằm dưới chính đơn vị này: cây tổ chức sẽ bị vòng lặp.', { unitId, parentId });
  }
}

/** Fails unless `date` is a real date and the unit's current state can change on it (not before its last change). */
export function requireChangeDate(unit: OrgUnit, date: LocalDate, field = 'date'): void {
  if (date <= unit.validFrom) {
    throw invalidInput(field, `The change must take effect after the unit began (${unit.validFrom}).`, `Ngày hiệu lực phải sau ngày đơn vị được thành lập (${unit.validFrom}).`);
  }
  if (unit.validTo !== null && unit.validTo < addDays(date, -1)) {
    throw invalidInput(field, `Unit ${unit.code} ended on ${unit.validTo}.`, `Đơn vị ${unit.code} đã chấm dứt từ ngày ${unit.validTo}.`);
  }
  const later = [...unit.names, ...unit.parents].find((row) => row.validFrom >= date);
  if (later) {
    throw new DomainError('CONFLICT', `Unit ${unit.code} already has a change on or after ${date}; record changes in date order.`,
      `Đơn vị ${unit.code} đã có thay đổi từ ngày ${date} trở về sau; hãy ghi nhận thay đổi theo thứ tự thời gian.`, { field });
  }
}

/**
 * Fails when ending the unit from `date` would cut short what is already recorded from that date on: its own end (set
 * by a later event or a dataset), a sub-unit linked to it from a later date, or an event of that date or later that it
 * succeeds to. A unit that ended exactly the day before may still be named as a predecessor in an event of `date`.
 */
export function requireEndable(history: OrgHistory, unit: OrgUnit, date: LocalDate, field: string): void {
  if (unit.validTo !== null && unit.validTo >= date) {
    throw new DomainError('CONFLICT', `Unit ${unit.code} already ends on ${unit.validTo}; it cannot end earlier.`,
      `Đơn vị ${unit.code} đã chấm dứt vào ngày ${unit.validTo}; không thể chấm dứt sớm hơn.`, { field, unitId: unit.id });
  }
  const later = [...history.units.values()].filter((child) => child.parents.some((p) => p.parentId === unit.id && p.validFrom > date));
  if (later.length) {
    const codes = later.map((child) => child.code).join(', ');
    throw new DomainError('CONFLICT', `Unit ${unit.code} has sub-units from after ${date}: ${codes}; record changes in date order.`,
      `Đơn vị ${unit.code} có đơn vị trực thuộc từ sau ngày ${date}: ${codes}; hãy ghi nhận thay đổi theo thứ tự thời gian.`, { field, unitId: unit.id });
  }
  const succeeded = history.events.find((e) => e.effectiveOn >= date && e.successorIds.includes(unit.id));
  if (succeeded) {
    throw new DomainError('CONFLICT', `Unit ${unit.code} is the successor in a ${succeeded.kind} of ${succeeded.effectiveOn}; record changes in date order.`,
      `Đơn vị ${unit.code} là đơn vị kế thừa trong sự kiện ngày ${succeeded.effectiveOn}; hãy ghi nhận thay đổi theo thứ tự thời gian.`, { field, unitId: unit.id });
  }
}

/** Fails when any two intervals of the list share a day. */
export function requireNoOverlap(intervals: Interval[], field: string): void {
  const sorted = [...intervals].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  for (let i = 1; i < sorted.length; i++) {
    if (overlaps(sorted[i - 1], sorted[i])) {
      throw invalidInput(field, `Validity intervals overlap from ${sorted[i].validFrom}.`, `Các khoảng hiệu lực chồng lấn nhau từ ngày ${sorted[i].validFrom}.`);
    }
  }
}
