import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { ProcedureVersion } from '../procedures/procedure-types.js';
import type { LocalDate } from '../shared/local-date.js';
import {
  countUsed, feeProcedureCandidates, measureAnnouncedOnTime, measureComplete, measureFeeProceduresPaidOnline, measureOnlineProcedures,
  measureOnlineServicesUsed, measurePublishedOnTime, onlineServiceCandidates, type CatalogueMeasure,
} from './catalogue-measures.js';
import { dossierMeasures, type DossierFigures } from './dossier-measures.js';
import type { Index766Definition, SubIndexCode } from './index766-definition.js';
import { scoreTotal, scoreUnit, type Measure, type UnitScore, type UnitTotal } from './index766-rules.js';

const na = (reasonVi: string, reasonEn: string): Measure => ({ status: 'na', reasonVi, reasonEn });

/** Sub-indices cchc cannot compute yet, each with the stated reason (never an invented value). */
export const NOT_AVAILABLE: Partial<Record<SubIndexCode, Measure>> = {
  '1.4': na('Chưa có nhật ký đồng bộ với Cổng Dịch vụ công quốc gia.', 'No synchronisation log with the National Portal yet.'),
  '2.2': na('Chỉ tính khi chọn một thủ tục hành chính.', 'Shown only when one procedure is selected.'),
  '4.4': na('Chưa có dữ liệu liên kết kho dữ liệu của công dân trên Cổng DVCQG.', 'No link to the citizen\'s data store on the National Portal yet.'),
  '4.5': na('Chưa có cờ xác thực VNeID hay dữ liệu dân cư trên hồ sơ.', 'Dossiers carry no VNeID or population-database flags yet.'),
  '5.1': na('Chưa có dữ liệu phản ánh, kiến nghị.', 'No citizen feedback data yet.'),
  '5.2': na('Chưa có dữ liệu phản ánh, kiến nghị.', 'No citizen feedback data yet.'),
  '5.3': na('Chưa có dữ liệu phản ánh, kiến nghị.', 'No citizen feedback data yet.'),
  '5.4': na('Chưa có dữ liệu phản ánh, đánh giá của người dân.', 'No citizen feedback or ratings data yet.'),
};

/** What one unit's index is computed from, for one period. */
export type UnitIndexInput = {
  definition: Index766Definition;
  from: LocalDate;
  to: LocalDate;
  /** The day catalogue publication is judged on (the period's end, or today if earlier). */
  asOf: LocalDate;
  calendar: WorkingCalendar;
  /** Procedure versions the unit (with its roll-up) is competent for. */
  versions: ProcedureVersion[];
  figures: DossierFigures;
  /** Procedure codes with at least one online dossier / one dossier paid online received in the period. */
  codesWithOnlineDossiers: ReadonlySet<string>;
  codesPaidOnline: ReadonlySet<string>;
  /**
   * The unit's catalogue judgements for the period, when the caller shares them between units competent for the same
   * versions (every commune): see catalogueBases. Computed from `versions` when absent.
   */
  catalogue?: CatalogueBase;
};

/** What the catalogue sub-indices of one version set give for one period: 1.1–1.3 and 3.1 as measures, and the procedures 3.2 and 3.5 count over. */
export type CatalogueBase = {
  fixed: Record<'1.1' | '1.2' | '1.3' | '3.1', Measure>;
  onlineServiceCodes: string[];
  feeProcedureCodes: string[];
};

/** The catalogue base of a version set for a period (Decision 766/QĐ-TTg; F766 formula sheet), the counts catalogueMeasures gives. */
export function catalogueBase(versions: ProcedureVersion[], from: LocalDate, to: LocalDate, asOf: LocalDate, calendar: WorkingCalendar): CatalogueBase {
  return {
    fixed: {
      '1.1': measureAnnouncedOnTime(versions, from, to, calendar).measure,
      '1.2': measurePublishedOnTime(versions, from, to, asOf, calendar).measure,
      '1.3': measureComplete(versions, to).measure,
      '3.1': measureOnlineProcedures(versions, to).measure,
    },
    onlineServiceCodes: onlineServiceCandidates(versions, from, to).map((v) => v.code),
    feeProcedureCodes: feeProcedureCandidates(versions, from, to).map((v) => v.code),
  };
}

/**
 * Catalogue bases for one period, each version set judged once: units competent for the same versions (every commune
 * for commune procedures) share one. Version lists are compared element by element, so equal lists must be in the same
 * order (as filtering one catalogue gives).
 */
export function catalogueBases(from: LocalDate, to: LocalDate, asOf: LocalDate, calendar: WorkingCalendar): (versions: ProcedureVersion[]) => CatalogueBase {
  const ids = new Map<ProcedureVersion, number>();
  const buckets = new Map<string, Array<{ versions: ProcedureVersion[]; base: CatalogueBase }>>();
  return (versions) => {
    let hash = 0;
    for (const v of versions) {
      let id = ids.get(v);
      if (id === undefined) ids.set(v, (id = ids.size + 1));
      hash = (Math.imul(hash, 31) + id) | 0;
    }
    const key = `${versions.length}:${hash}`;
    const bucket = buckets.get(key) ?? buckets.set(key, []).get(key)!;
    const same = bucket.find((e) => e.versions.length === versions.length && e.versions.every((v, k) => v === versions[k]));
    if (same) return same.base;
    const base = catalogueBase(versions, from, to, asOf, calendar);
    bucket.push({ versions, base });
    return base;
  };
}

/** The catalogue sub-indices with their per-procedure judgements (for the drill-down). */
export function catalogueMeasures(i: Omit<UnitIndexInput, 'figures' | 'definition' | 'catalogue'>): Record<'1.1' | '1.2' | '1.3' | '3.1' | '3.2' | '3.5', CatalogueMeasure> {
  return {
    '1.1': measureAnnouncedOnTime(i.versions, i.from, i.to, i.calendar),
    '1.2': measurePublishedOnTime(i.versions, i.from, i.to, i.asOf, i.calendar),
    '1.3': measureComplete(i.versions, i.to),
    '3.1': measureOnlineProcedures(i.versions, i.to),
    '3.2': measureOnlineServicesUsed(i.versions, i.from, i.to, i.codesWithOnlineDossiers),
    '3.5': measureFeeProceduresPaidOnline(i.versions, i.from, i.to, i.codesPaidOnline),
  };
}

/** Every sub-index measure of one unit for one period (Decision 766/QĐ-TTg; F766 formula sheet). */
export function unitMeasures(i: UnitIndexInput): Partial<Record<SubIndexCode, Measure>> {
  const catalogue = i.catalogue ?? catalogueBase(i.versions, i.from, i.to, i.asOf, i.calendar);
  const measures: Partial<Record<SubIndexCode, Measure>> = dossierMeasures(i.figures);
  for (const code in NOT_AVAILABLE) measures[code as SubIndexCode] = NOT_AVAILABLE[code as SubIndexCode];
  measures['1.1'] = catalogue.fixed['1.1'];
  measures['1.2'] = catalogue.fixed['1.2'];
  measures['1.3'] = catalogue.fixed['1.3'];
  measures['3.1'] = catalogue.fixed['3.1'];
  measures['3.2'] = countUsed(catalogue.onlineServiceCodes, i.codesWithOnlineDossiers);
  measures['3.5'] = countUsed(catalogue.feeProcedureCodes, i.codesPaidOnline);
  return measures;
}

/** The Decision 766/QĐ-TTg index of one unit for one period: every sub-index, group points and total (F766 formula sheet). */
export function computeUnitIndex(i: UnitIndexInput): UnitScore {
  return scoreUnit(i.definition, unitMeasures(i));
}

/** The total only (Decision 766/QĐ-TTg §3), equal to computeUnitIndex's: for ranks of a previous period and history series. */
export function computeUnitTotal(i: UnitIndexInput): UnitTotal {
  return scoreTotal(i.definition, unitMeasures(i));
}
