import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { checkCompleteness } from '../procedures/check-completeness.js';
import { announcedOnTime, announcingLevelOf, publishedOnTime } from '../procedures/announcement-timeliness.js';
import type { ProcedureVersion } from '../procedures/procedure-types.js';
import type { LocalDate } from '../shared/local-date.js';
import type { Measure } from './index766-rules.js';

/** One procedure behind a catalogue sub-index: whether it counts in the numerator, and why. */
export type ProcedureJudgement = { procedureCode: string; name: string; inNumerator: boolean; reasonVi: string; reasonEn: string };
export type CatalogueMeasure = { measure: Measure; items: ProcedureJudgement[] };

const inForceOn = (v: ProcedureVersion, date: LocalDate) => v.validFrom <= date && (v.validTo === null || v.validTo >= date);
const inForceDuring = (v: ProcedureVersion, from: LocalDate, to: LocalDate) => v.validFrom <= to && (v.validTo === null || v.validTo >= from);

/** Each procedure once, by its latest version among `versions` (a procedure counts once per sub-index: F766 formula sheet). */
function latestByCode(versions: ProcedureVersion[]): ProcedureVersion[] {
  const byCode = new Map<string, ProcedureVersion>();
  for (const v of versions) {
    const seen = byCode.get(v.code);
    if (!seen || seen.validFrom < v.validFrom) byCode.set(v.code, v);
  }
  // National codes are ASCII ("1.001193"): a plain comparison orders them, far cheaper than a collator for every unit.
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function measureOf(items: ProcedureJudgement[]): CatalogueMeasure {
  return { measure: { status: 'ok', numerator: items.filter((i) => i.inNumerator).length, denominator: items.length }, items };
}

/**
 * 1.1 Procedures announced on time ÷ procedures announced in the period (decision dated within it); a procedure in
 * several decisions counts once and late if any was late (Decision 766/QĐ-TTg; F766 formula sheet; Decree 63/2010/ND-CP Art. 15).
 */
export function measureAnnouncedOnTime(versions: ProcedureVersion[], from: LocalDate, to: LocalDate, calendar: WorkingCalendar): CatalogueMeasure {
  const byCode = new Map<string, { name: string; late: string[]; onTime: string[] }>();
  for (const v of versions) {
    const decision = v.announcingDecision;
    if (!decision || decision.issuedOn < from || decision.issuedOn > to) continue;
    const t = announcedOnTime({ decisionOn: decision.issuedOn, effectiveOn: v.validFrom, level: announcingLevelOf(v.level), calendar });
    const entry = byCode.get(v.code) ?? { name: v.name, late: [], onTime: [] };
    (t.status === 'on_time' ? entry.onTime : entry.late).push(`${decision.number} (${decision.issuedOn}; ${t.deadline})`);
    byCode.set(v.code, entry);
  }
  return measureOf([...byCode.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, e]) => ({
    procedureCode: code, name: e.name, inNumerator: e.late.length === 0,
    reasonVi: e.late.length === 0 ? `Công bố đúng hạn: ${e.onTime.join(', ')} (ngày quyết định; hạn).` : `Công bố muộn: ${e.late.join(', ')} (ngày quyết định; hạn).`,
    reasonEn: e.late.length === 0 ? `Announced on time: ${e.onTime.join(', ')} (decision date; deadline).` : `Announced late: ${e.late.join(', ')} (decision date; deadline).`,
  })));
}

/**
 * 1.2 Procedures published on time in the National TTHC Database ÷ those published in the period plus those whose
 * publication fell due in it, judged as of `asOf` (Decision 766/QĐ-TTg; F766 formula sheet: ≤ 5 working days after the
 * decision for a province, 10 for a ministry); each procedure once, late if any version was late.
 */
export function measurePublishedOnTime(versions: ProcedureVersion[], from: LocalDate, to: LocalDate, asOf: LocalDate, calendar: WorkingCalendar): CatalogueMeasure {
  const byCode = new Map<string, { name: string; late: string[]; onTime: string[] }>();
  for (const v of versions) {
    const decision = v.announcingDecision;
    if (!decision) continue;
    const publishedOn = decision.publishedOn !== null && decision.publishedOn <= asOf ? decision.publishedOn : null;
    const t = publishedOnTime({ decisionOn: decision.issuedOn, publishedOn, level: announcingLevelOf(v.level), calendar, asOf });
    const publishedInPeriod = publishedOn !== null && publishedOn >= from && publishedOn <= to;
    const dueInPeriod = publishedOn === null && t.deadline >= from && t.deadline <= to;
    if (!(publishedInPeriod || dueInPeriod) || t.status === 'pending') continue;
    const entry = byCode.get(v.code) ?? { name: v.name, late: [], onTime: [] };
    (t.status === 'on_time' ? entry.onTime : entry.late).push(`${decision.number} (${publishedOn ?? '—'}; ${t.deadline})`);
    byCode.set(v.code, entry);
  }
  return measureOf([...byCode.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, e]) => ({
    procedureCode: code, name: e.name, inNumerator: e.late.length === 0,
    reasonVi: e.late.length === 0 ? `Công khai đúng hạn: ${e.onTime.join(', ')} (ngày công khai; hạn).` : `Công khai muộn hoặc chưa công khai: ${e.late.join(', ')} (ngày công khai; hạn).`,
    reasonEn: e.late.length === 0 ? `Published on time: ${e.onTime.join(', ')} (publication date; deadline).` : `Published late or not yet: ${e.late.join(', ')} (publication date; deadline).`,
  })));
}

/** 1.3 Procedures in force on `on` with every required part of Decree 63/2010/ND-CP Art. 8(2) ÷ procedures in force (Decision 766/QĐ-TTg; F766: measured at the moment). */
export function measureComplete(versions: ProcedureVersion[], on: LocalDate): CatalogueMeasure {
  return measureOf(latestByCode(versions.filter((v) => inForceOn(v, on))).map((v) => {
    const missing = checkCompleteness(v).filter((p) => p.severity === 'required');
    return {
      procedureCode: v.code, name: v.name, inNumerator: missing.length === 0,
      reasonVi: missing.length === 0 ? 'Đủ các bộ phận bắt buộc.' : missing.map((p) => p.messageVi).join(' '),
      reasonEn: missing.length === 0 ? 'All required parts present.' : missing.map((p) => p.message).join(' '),
    };
  }));
}

/** 3.1 Procedures in force on `on` offered as a partial or full online service ÷ all procedures of the unit (Decision 766/QĐ-TTg; F766: full points at ≥ 80 %). */
export function measureOnlineProcedures(versions: ProcedureVersion[], on: LocalDate): CatalogueMeasure {
  return measureOf(latestByCode(versions.filter((v) => inForceOn(v, on))).map((v) => ({
    procedureCode: v.code, name: v.name, inNumerator: v.onlineLevel !== 'none',
    reasonVi: v.onlineLevel === 'full' ? 'Dịch vụ công trực tuyến toàn trình.' : v.onlineLevel === 'partial' ? 'Dịch vụ công trực tuyến một phần.' : 'Chưa cung cấp dịch vụ công trực tuyến.',
    reasonEn: v.onlineLevel === 'full' ? 'Full online service.' : v.onlineLevel === 'partial' ? 'Partial online service.' : 'No online service.',
  })));
}

/** The procedures 3.2 counts over: in force in the period (latest version of each), offered online partly or fully (Decision 766/QĐ-TTg; F766 formula sheet). */
export function onlineServiceCandidates(versions: ProcedureVersion[], from: LocalDate, to: LocalDate): ProcedureVersion[] {
  return latestByCode(versions.filter((v) => inForceDuring(v, from, to))).filter((v) => v.onlineLevel !== 'none');
}

/** The procedures 3.5 counts over: in force in the period (latest version of each) with a non-zero fee (Decision 766/QĐ-TTg; F766 formula sheet). */
export function feeProcedureCandidates(versions: ProcedureVersion[], from: LocalDate, to: LocalDate): ProcedureVersion[] {
  return latestByCode(versions.filter((v) => inForceDuring(v, from, to))).filter((v) => v.fees.some((f) => f.amountVnd > 0));
}

/** Each candidate procedure judged by whether its code is in `used`, with the reason in both languages. */
function measureUse(candidates: ProcedureVersion[], used: ReadonlySet<string>, yes: [vi: string, en: string], no: [vi: string, en: string]): CatalogueMeasure {
  return measureOf(candidates.map((v) => {
    const [reasonVi, reasonEn] = used.has(v.code) ? yes : no;
    return { procedureCode: v.code, name: v.name, inNumerator: used.has(v.code), reasonVi, reasonEn };
  }));
}

/**
 * 3.2 Online services (procedures in force in the period with a partial or full online level) that received at least
 * one online dossier in the period ÷ all of them (Decision 766/QĐ-TTg; F766 formula sheet).
 */
export function measureOnlineServicesUsed(versions: ProcedureVersion[], from: LocalDate, to: LocalDate, codesWithOnlineDossiers: ReadonlySet<string>): CatalogueMeasure {
  return measureUse(onlineServiceCandidates(versions, from, to), codesWithOnlineDossiers,
    ['Có hồ sơ trực tuyến trong kỳ.', 'Received online dossiers in the period.'],
    ['Không có hồ sơ trực tuyến nào trong kỳ.', 'No online dossier in the period.']);
}

/**
 * 3.5 Procedures with a non-zero fee (in force in the period) whose dossiers were paid online in the period ÷ all
 * procedures with a non-zero fee (Decision 766/QĐ-TTg; F766 formula sheet: full points at ≥ 80 %).
 */
export function measureFeeProceduresPaidOnline(versions: ProcedureVersion[], from: LocalDate, to: LocalDate, codesPaidOnline: ReadonlySet<string>): CatalogueMeasure {
  return measureUse(feeProcedureCandidates(versions, from, to), codesPaidOnline,
    ['Có hồ sơ thanh toán trực tuyến trong kỳ.', 'Dossiers paid online in the period.'],
    ['Có phí, lệ phí nhưng không có hồ sơ nào thanh toán trực tuyến trong kỳ.', 'Has a fee but no dossier was paid online in the period.']);
}

/** Of `codes`, how many are in `used`, as a measure: the count behind 3.2 and 3.5 without the per-procedure reasons (Decision 766/QĐ-TTg; F766 formula sheet). */
export function countUsed(codes: readonly string[], used: ReadonlySet<string>): Measure {
  let numerator = 0;
  for (const code of codes) if (used.has(code)) numerator++;
  return { status: 'ok', numerator, denominator: codes.length };
}
