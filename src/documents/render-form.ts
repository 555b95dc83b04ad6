import { invalidInput } from '../domain/errors.js';
import type { FormDataByKind, FormKind } from './form-data.js';
import { renderForm01 } from './forms/form-01-receipt.js';
import { renderForm02 } from './forms/form-02-supplement-request.js';
import { renderForm03 } from './forms/form-03-refusal.js';
import { renderForm04 } from './forms/form-04-apology-extension.js';
import { renderForm05 } from './forms/form-05-stop-notice.js';
import { renderForm06 } from './forms/form-06-control-slip.js';
import { renderForm07 } from './forms/form-07-register.js';
import type { RenderOptions } from './pdf/document.js';

const RENDERERS: { [K in FormKind]: (data: FormDataByKind[K], options?: RenderOptions) => Promise<Buffer> } = {
  '01': renderForm01, '02': renderForm02, '03': renderForm03, '04': renderForm04,
  '05': renderForm05, '06': renderForm06, '07': renderForm07,
};

/** The forms' names, by number (Circular 03/2025/TT-VPCP, Annex I). */
export const FORM_NAMES: Record<FormKind, string> = {
  '01': 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  '02': 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  '03': 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
  '04': 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
  '05': 'Thông báo dừng giải quyết hồ sơ',
  '06': 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
  '07': 'Sổ theo dõi hồ sơ',
};

/**
 * Renders one of the official one-stop forms as a PDF (A5 portrait for 01–06, A4 landscape for the register 07),
 * Vietnamese text in an embedded Tinos subset, dates in Vietnam time.
 */
export function renderForm<K extends FormKind>(kind: K, data: FormDataByKind[K], options: RenderOptions = {}): Promise<Buffer> {
  const render = (RENDERERS as Record<string, ((d: FormDataByKind[K], o?: RenderOptions) => Promise<Buffer>) | undefined>)[kind];
  if (!render) throw invalidInput('kind', `Unknown form ${String(kind)}.`, `Không có mẫu số ${String(kind)}.`, { kind });
  return render(data, options);
}
