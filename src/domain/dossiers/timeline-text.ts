import type { DossierStatus } from './dossier-types.js';

/** Plain-language names of the statuses for citizens (national-portal codes, domain.md §1.5). */
export const STATUS_TEXT: Record<DossierStatus, { vi: string; en: string }> = {
  submitted: { vi: 'Mới đăng ký, chờ tiếp nhận', en: 'Submitted, awaiting reception' },
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  refused_at_reception: { vi: 'Không được tiếp nhận', en: 'Not accepted at reception' },
  processing: { vi: 'Đang giải quyết', en: 'Being processed' },
  waiting_supplement: { vi: 'Chờ bổ sung hồ sơ', en: 'Waiting for documents from you' },
  waiting_payment: { vi: 'Chờ nộp phí, lệ phí', en: 'Waiting for payment' },
  withdrawn: { vi: 'Đã rút hồ sơ theo yêu cầu', en: 'Withdrawn at your request' },
  stopped: { vi: 'Dừng giải quyết', en: 'Processing stopped' },
  resolved: { vi: 'Đã có kết quả, chờ trả', en: 'Result ready' },
  delivered: { vi: 'Đã trả kết quả', en: 'Result delivered' },
};

/** What each event means to the applicant, in plain words; internal steps are summarised, never detailed. */
export const EVENT_TEXT: Record<string, { vi: string; en: string } | null> = {
  submitted: { vi: 'Hồ sơ được nộp', en: 'Dossier submitted' },
  received: { vi: 'Hồ sơ được tiếp nhận; đã có ngày hẹn trả kết quả', en: 'Dossier received; appointment set' },
  refused_at_reception: { vi: 'Hồ sơ không được tiếp nhận', en: 'Dossier not accepted' },
  forwarded: { vi: 'Hồ sơ được chuyển đến cơ quan giải quyết', en: 'Sent to the competent agency' },
  assigned: { vi: 'Cán bộ được phân công xử lý hồ sơ', en: 'An officer was assigned' },
  step_completed: { vi: 'Hồ sơ chuyển sang bước xử lý tiếp theo', en: 'Moved to the next step' },
  returned: { vi: 'Hồ sơ được xem xét lại', en: 'Being reviewed again' },
  consultation_requested: { vi: 'Cơ quan giải quyết lấy ý kiến cơ quan liên quan', en: 'Other agencies are consulted' },
  consultation_answered: { vi: 'Đã có ý kiến của cơ quan liên quan', en: 'Other agencies answered' },
  task_opened: { vi: 'Hồ sơ được chuyển đến cơ quan phối hợp giải quyết (liên thông)', en: 'Sent to a partner agency (inter-agency handling)' },
  task_completed: { vi: 'Cơ quan phối hợp đã hoàn thành phần việc liên thông', en: 'A partner agency finished its part' },
  supplement_requested: { vi: 'Yêu cầu bổ sung, hoàn thiện hồ sơ', en: 'You are asked to complete the dossier' },
  supplement_completed: { vi: 'Hồ sơ đã được bổ sung', en: 'The dossier was completed' },
  payment_requested: { vi: 'Yêu cầu nộp phí, lệ phí', en: 'Payment requested' },
  paid: { vi: 'Đã nộp phí, lệ phí', en: 'Payment received' },
  extension_requested: null,
  extension_rejected: null,
  extension_approved: { vi: 'Cơ quan gửi thư xin lỗi và hẹn lại ngày trả kết quả', en: 'The agency apologised and set a new date' },
  resolved: { vi: 'Đã có kết quả giải quyết', en: 'Result ready' },
  refused: { vi: 'Hồ sơ không đủ điều kiện giải quyết (có văn bản nêu rõ lý do)', en: 'Refused, with reasons in writing' },
  delivered: { vi: 'Đã trả kết quả', en: 'Result delivered' },
  withdrawn: { vi: 'Hồ sơ được rút theo yêu cầu', en: 'Withdrawn at your request' },
  stopped: { vi: 'Dừng giải quyết hồ sơ (có thông báo)', en: 'Processing stopped (notice issued)' },
  escalated: null, // internal: an overdue consultation or agency step reported to the head of the One-Stop Unit
  auto_closed: { vi: 'Hồ sơ bị đóng do quá hạn bổ sung', en: 'Closed: documents not completed in time' },
};
