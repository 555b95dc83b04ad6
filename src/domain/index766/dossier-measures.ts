import type { Counters } from '../statistics/fact-counters.js';
import type { EndClass, EndKind } from '../statistics/dossier-fact.js';
import type { OpenState } from '../statistics/open-spans.js';
import type { SubIndexCode } from './index766-definition.js';
import type { Measure } from './index766-rules.js';

/** What the dossier sub-indices of one unit need for one period: counters summed over it and the open dossiers at its end. */
export type DossierFigures = {
  /** stat_daily / stat_monthly counters summed over the period (new receipts by receipt day, ends by end day). */
  counters: Counters;
  /** Dossiers open at the end of the period's last day: within the deadline (incl. waiting for supplement) / overdue. */
  openWithin: number;
  openOverdue: number;
  /**
   * Of the dossiers open within the deadline at the period's end, those with more than one supplement request (F766:
   * counted overdue; the ended ones are the counter endedInTimeMultiSupplement).
   */
  openWithinMultiSupplement: number;
};

/** The sub-indices computed from dossiers (the others come from the catalogue or are N/A). */
export const DOSSIER_SUB_INDICES = ['2.1', '3.3', '3.6', '4.1', '4.2', '4.3'] as const satisfies readonly SubIndexCode[];
export type DossierSubIndex = (typeof DOSSIER_SUB_INDICES)[number];

/**
 * 2.1 Dossiers handled early or on time = (resolved early + on time + open within the deadline − those with more than
 * one supplement request) ÷ (resolved in the period + open at its end), from the II.06a figures of the period
 * (Decision 766/QĐ-TTg; F766 formula sheet; Circular 01/2020/TT-VPCP form II.06a).
 */
export function measureOnTime(f: DossierFigures): Measure {
  const c = f.counters;
  const resolved = c.resolvedEarly + c.resolvedOnTime + c.resolvedLate;
  return { status: 'ok', numerator: c.resolvedEarly + c.resolvedOnTime + f.openWithin - c.endedInTimeMultiSupplement - f.openWithinMultiSupplement, denominator: resolved + f.openWithin + f.openOverdue };
}

/** 3.3 Online share = online dossiers (a paper-result procedure's only with an electronic result) ÷ new dossiers received in the period (Decision 766/QĐ-TTg; F766: full points at ≥ 50 %). */
export function measureOnlineShare(f: DossierFigures): Measure {
  return { status: 'ok', numerator: f.counters.onlineEffective, denominator: f.counters.receivedOnline + f.counters.receivedOther };
}

/** 3.6 Dossiers paid online ÷ dossiers of procedures with fees, received in the period (Decision 766/QĐ-TTg; F766 formula sheet). */
export function measurePaidOnline(f: DossierFigures): Measure {
  return { status: 'ok', numerator: f.counters.paidOnline, denominator: f.counters.withFee };
}

/** 4.1 Dossiers with an electronic result ÷ dossiers of procedures returning a paper result, received in the period (Decision 766/QĐ-TTg; F766 formula sheet). */
export function measureElectronicResult(f: DossierFigures): Measure {
  return { status: 'ok', numerator: f.counters.electronicResult, denominator: f.counters.paperResult };
}

/** 4.2 Digitised dossiers (with an electronic result where the result is on paper) ÷ dossiers received in the period (Decision 766/QĐ-TTg; F766: full points at ≥ 80 %). */
export function measureDigitised(f: DossierFigures): Measure {
  return { status: 'ok', numerator: f.counters.digitised, denominator: f.counters.receivedOnline + f.counters.receivedOther };
}

/** 4.3 Dossiers reusing digitised data ÷ dossiers received in the period (Decision 766/QĐ-TTg; F766: full points at ≥ 80 %). */
export function measureReused(f: DossierFigures): Measure {
  return { status: 'ok', numerator: f.counters.reused, denominator: f.counters.receivedOnline + f.counters.receivedOther };
}

/** Every dossier sub-index of one unit and period. */
export function dossierMeasures(f: DossierFigures): Record<DossierSubIndex, Measure> {
  return { '2.1': measureOnTime(f), '3.3': measureOnlineShare(f), '3.6': measurePaidOnline(f), '4.1': measureElectronicResult(f), '4.2': measureDigitised(f), '4.3': measureReused(f) };
}

/** One dossier of a cell, as stat_dossier_facts holds it, with its open state at the end of the period. */
export type CellDossier = {
  online: boolean; paperResult: boolean; hasElectronicResult: boolean; hasDigitised: boolean; hasReused: boolean;
  hasFee: boolean; paidOnline: boolean; supplementCount: number;
  endKind: EndKind | null; endClass: EndClass | null;
  /** null when the dossier ended in the period. */
  openState: OpenState | null;
};
export type DossierJudgement = { inNumerator: boolean; reasonVi: string; reasonEn: string };

const yes = (reasonVi: string, reasonEn: string): DossierJudgement => ({ inNumerator: true, reasonVi, reasonEn });
const no = (reasonVi: string, reasonEn: string): DossierJudgement => ({ inNumerator: false, reasonVi, reasonEn });

/**
 * Why one dossier of a sub-index's denominator counts in its numerator or lowers the index: the same rules as the
 * counters (Decision 766/QĐ-TTg; F766 formula sheet), in words, for the drill-down (domain.md requirement 17).
 */
export function judgeDossier(code: DossierSubIndex, d: CellDossier): DossierJudgement {
  switch (code) {
    case '2.1': {
      const onTime = d.openState === 'within' || (d.openState === null && (d.endClass === 'early' || d.endClass === 'on_time'));
      if (onTime && d.supplementCount > 1) return no(`Yêu cầu bổ sung ${d.supplementCount} lần: tính là quá hạn.`, `Supplement requested ${d.supplementCount} times: counted overdue.`);
      if (d.openState === 'within') return yes('Đang giải quyết, còn trong hạn.', 'In progress, within the deadline.');
      if (d.openState === 'overdue') return no('Đang giải quyết, đã quá hạn.', 'In progress, overdue.');
      if (d.endClass === 'early') return yes('Giải quyết trước hạn.', 'Handled early.');
      if (d.endClass === 'on_time') return yes(d.endKind === 'withdrawn' ? 'Công dân rút hồ sơ (tính đúng hạn).' : 'Giải quyết đúng hạn.', d.endKind === 'withdrawn' ? 'Withdrawn by the applicant (counted on time).' : 'Handled on time.');
      return no('Giải quyết quá hạn.', 'Handled late.');
    }
    case '3.3':
      if (!d.online) return no('Nộp trực tiếp hoặc qua bưu chính.', 'Submitted in person or by post.');
      if (d.paperResult && !d.hasElectronicResult) return no('Nộp trực tuyến nhưng kết quả giấy chưa có bản điện tử: không được tính.', 'Submitted online, but the paper result has no electronic copy: not counted.');
      return yes('Nộp trực tuyến.', 'Submitted online.');
    case '3.6':
      return d.paidOnline ? yes('Thanh toán trực tuyến.', 'Paid online.') : no('Có phí, lệ phí nhưng không thanh toán trực tuyến.', 'Has a fee but was not paid online.');
    case '4.1':
      return d.hasElectronicResult ? yes('Có kết quả điện tử.', 'Has an electronic result.') : no('Kết quả giấy chưa có bản điện tử.', 'The paper result has no electronic copy.');
    case '4.2':
      if (!d.hasDigitised) return no('Không có thành phần hồ sơ được số hóa.', 'No digitised component.');
      if (d.paperResult && !d.hasElectronicResult) return no('Đã số hóa thành phần nhưng kết quả giấy chưa có bản điện tử.', 'Components digitised, but the paper result has no electronic copy.');
      return yes('Hồ sơ được số hóa.', 'Digitised.');
    case '4.3':
      return d.hasReused ? yes('Có thành phần tái sử dụng dữ liệu số hóa.', 'Reuses digitised data.') : no('Không tái sử dụng dữ liệu số hóa.', 'Reuses no digitised data.');
  }
}
