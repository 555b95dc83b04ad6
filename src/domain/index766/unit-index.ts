import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { ProcedureVersion } from '../procedures/procedure-types.js';
import type { LocalDate } from '../shared/local-date.js';
import {
  measureAnnouncedOnTime, measureComplete, measureFeeProceduresPaidOnline, measureOnlineProcedures, measureOnlineServicesUsed,
  measurePublishedOnTime, type CatalogueMeasure,
} from './catalogue-measures.js';
import { dossierMeasures, type DossierFigures } from './dossier-measures.js';
import type { Index766Definition, SubIndexCode } from './index766-definition.js';
import { scoreUnit, type Measure, type UnitScore } from './index766-rules.js';

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
  /** Shared by the units of one period: units competent for the same versions (every commune) judge them once. */
  memo?: Map<string, Record<'1.1' | '1.2' | '1.3' | '3.1', CatalogueMeasure>>;
};

/** The catalogue sub-indices with their per-procedure judgements (for the drill-down). */
export function catalogueMeasures(i: Omit<UnitIndexInput, 'figures' | 'definition'>): Record<'1.1' | '1.2' | '1.3' | '3.1' | '3.2' | '3.5', CatalogueMeasure> {
  const key = i.memo && `${i.from}|${i.to}|${i.asOf}|${i.versions.map((v) => v.id).join(',')}`;
  let fixed = key ? i.memo!.get(key) : undefined;
  if (!fixed) {
    fixed = {
      '1.1': measureAnnouncedOnTime(i.versions, i.from, i.to, i.calendar),
      '1.2': measurePublishedOnTime(i.versions, i.from, i.to, i.asOf, i.calendar),
      '1.3': measureComplete(i.versions, i.to),
      '3.1': measureOnlineProcedures(i.versions, i.to),
    };
    if (key) i.memo!.set(key, fixed);
  }
  return {
    ...fixed,
    '3.2': measureOnlineServicesUsed(i.versions, i.from, i.to, i.codesWithOnlineDossiers),
    '3.5': measureFeeProceduresPaidOnline(i.versions, i.from, i.to, i.codesPaidOnline),
  };
}

/** The Decision 766/QĐ-TTg index of one unit for one period: every sub-index, group points and total (F766 formula sheet). */
export function computeUnitIndex(i: UnitIndexInput): UnitScore {
  const catalogue = catalogueMeasures(i);
  const measures: Partial<Record<SubIndexCode, Measure>> = { ...NOT_AVAILABLE, ...dossierMeasures(i.figures) };
  for (const [code, m] of Object.entries(catalogue)) measures[code as SubIndexCode] = m.measure;
  return scoreUnit(i.definition, measures);
}
