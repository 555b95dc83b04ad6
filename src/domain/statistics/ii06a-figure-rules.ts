import type { Ii06aFigure } from './ii06a-row.js';

/**
 * Why a dossier is counted in each II.06a figure, in plain words, for the explanation of a cell (Circular 01/2020/TT-VPCP,
 * form II.06a, and the issue 5 rules: local UTC+7 dates, the appointment in force, withdrawal = on time).
 */
export const II06A_FIGURE_RULES: Record<Ii06aFigure, { vi: string; en: string }> = {
  received: { vi: 'Tiếp nhận trước hoặc trong kỳ và chưa kết thúc xử lý trước kỳ', en: 'Received before or during the period and not finished before it' },
  receivedOnline: { vi: 'Tiếp nhận trực tuyến trong kỳ', en: 'Received online during the period' },
  receivedInPersonOrPostal: { vi: 'Tiếp nhận trực tiếp hoặc qua bưu chính trong kỳ', en: 'Received in person or by post during the period' },
  carriedOver: { vi: 'Tiếp nhận trước kỳ, chưa kết thúc xử lý vào đầu kỳ', en: 'Received before the period, still open when it began' },
  resolved: { vi: 'Kết thúc xử lý trong kỳ (có kết quả, từ chối sau thẩm định, dừng, hoặc rút sau tiếp nhận)', en: 'Finished during the period (result, refusal after appraisal, stop, or withdrawal after receipt)' },
  resolvedEarly: { vi: 'Kết thúc trong kỳ, ngày kết thúc trước ngày hẹn trả', en: 'Finished during the period on a day before the appointment' },
  resolvedOnTime: { vi: 'Kết thúc trong kỳ đúng ngày hẹn trả, hoặc công dân rút hồ sơ', en: 'Finished during the period on the appointment day, or withdrawn by the applicant' },
  resolvedLate: { vi: 'Kết thúc trong kỳ sau ngày hẹn trả (ngày hẹn không dời theo thư xin lỗi)', en: 'Finished during the period after the appointment (not moved by an apology)' },
  inProgress: { vi: 'Chưa kết thúc xử lý vào cuối kỳ', en: 'Still open at the end of the period' },
  inProgressWithinDeadline: { vi: 'Chưa kết thúc vào cuối kỳ; chờ bổ sung, hoặc ngày hẹn trả không trước ngày cuối kỳ', en: 'Open at the end of the period; waiting for a supplement, or the appointment on or after the last day' },
  inProgressOverdue: { vi: 'Chưa kết thúc vào cuối kỳ và ngày hẹn trả trước ngày cuối kỳ', en: 'Open at the end of the period with the appointment before its last day' },
  withdrawn: { vi: 'Công dân rút hồ sơ sau tiếp nhận, trong kỳ (tính là đúng hạn)', en: 'Withdrawn by the applicant after receipt, during the period (counted on time)' },
  refused: { vi: 'Từ chối giải quyết sau thẩm định, trong kỳ', en: 'Refused after appraisal during the period' },
  lateWithApology: { vi: 'Quá hạn, đã có văn bản xin lỗi và hẹn lại ngày trả', en: 'Late, with an approved apology and new date' },
  lateWithoutApology: { vi: 'Quá hạn, không có văn bản xin lỗi', en: 'Late, without an apology' },
};
