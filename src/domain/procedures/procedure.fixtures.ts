/** Test fixtures: procedure records and versions with sensible defaults (tests only). */
import type { VersionDraft } from './plan-procedure-version.js';
import type { ProcedureRecord } from './procedure-record.js';
import type { ProcedureVersion } from './procedure-types.js';

/** A complete commune-level birth registration record (fields shaped like the National TTHC Database card). */
export function buildProcedureRecord(overrides: Partial<ProcedureRecord> = {}): ProcedureRecord {
  return {
    code: '1.001193', validFrom: '2025-07-01', validTo: null, name: 'Đăng ký khai sinh', level: 'commune', fieldCode: 'HT', fieldName: 'Hộ tịch',
    competentUnitCodes: ['*commune*'], receivingUnitCodes: ['*commune*'], channels: ['in_person', 'online', 'postal'],
    onlineLevel: 'full', onlineReason: null, timeLimit: { value: 0, unit: 'same_day' },
    components: [
      { code: 'TK', name: 'Tờ khai đăng ký khai sinh', required: true, copies: 1, replaceableBy: null, note: null, form: 'Tờ khai đăng ký khai sinh (TT 04/2024/TT-BTP)' },
      { code: 'GCS', name: 'Giấy chứng sinh, "bản chính"', required: true, copies: 1, replaceableBy: 'health', note: 'Có thể thay bằng văn bản người làm chứng, xuống dòng\nvà dấu phẩy, ở đây', form: null },
    ],
    fees: [{ name: 'Lệ phí đăng ký khai sinh đúng hạn', amountVnd: 0, when: 'before', note: 'Miễn lệ phí' }],
    resultType: 'both', resultName: 'Giấy khai sinh',
    legalBasis: [{ number: '60/2014/QH13', title: 'Luật Hộ tịch', issuedOn: '2014-11-20' }],
    announcingDecision: { number: '163/QĐ-BTP', issuedOn: '2025-06-20', publishedOn: null },
    steps: [
      { code: 'TN', name: 'Tiếp nhận, kiểm tra hồ sơ', role: 'desk_officer', sharePercent: 20 },
      { code: 'XL', name: 'Thẩm tra, ghi Sổ đăng ký khai sinh', role: 'unit_officer', sharePercent: 60 },
      { code: 'KY', name: 'Ký Giấy khai sinh', role: 'leader', sharePercent: 20 },
    ],
    interAgency: 'none', supplementClock: 'restart', clockStartsAfterPayment: false, outsideBoundaryAllowed: true,
    subjects: ['Công dân Việt Nam'], conditions: [],
    ...overrides,
  };
}

/** A draft with unit ids (as planProcedureVersion receives it). */
export function buildDraft(overrides: Partial<VersionDraft> = {}, unitIds: string[] = ['u1']): VersionDraft {
  const { competentUnitCodes: _c, receivingUnitCodes: _r, agencySteps: _a, ...rest } = buildProcedureRecord();
  return { ...rest, competentUnitIds: unitIds, receivingUnitIds: unitIds, ...overrides };
}

/** A stored version. */
export function buildVersion(overrides: Partial<ProcedureVersion> = {}): ProcedureVersion {
  return { ...buildDraft(), id: 'v1', procedureId: 'p1', version: 1, ...overrides };
}
