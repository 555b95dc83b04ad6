import { invalidInput } from '../errors.js';

/** Province codes that open a 12-digit citizen ID (Circular 59/2021/TT-BCA Art. 7, Annex I: 001–096, not all used). */
const PROVINCE_PREFIXES = new Set([
  '001', '002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '019', '020', '022', '024', '025', '026', '027',
  '030', '031', '033', '034', '035', '036', '037', '038', '040', '042', '044', '045', '046', '048', '049', '051', '052', '054',
  '056', '058', '060', '062', '064', '066', '067', '068', '070', '072', '074', '075', '077', '079', '080', '082', '083', '084',
  '086', '087', '089', '091', '092', '093', '094', '095', '096',
]);

/**
 * A person's 12-digit citizen ID: 3 digits of the province of birth registration, 1 digit for century and sex, 2 digits
 * of the year of birth, 6 digits of sequence (Decree 137/2015/ND-CP Art. 7; Circular 59/2021/TT-BCA Art. 7).
 */
export function checkCitizenId(value: string, field = 'applicant.idNumber'): string {
  const id = value.trim();
  if (!/^\d{12}$/.test(id)) throw invalidInput(field, 'A citizen ID has exactly 12 digits.', 'Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số.');
  if (!PROVINCE_PREFIXES.has(id.slice(0, 3))) {
    throw invalidInput(field, `A citizen ID cannot begin with ${id.slice(0, 3)} (not a province code).`, `Số định danh không thể bắt đầu bằng ${id.slice(0, 3)} (không phải mã tỉnh).`);
  }
  return id;
}

/** An organisation's tax/enterprise code: 10 digits, or 10 digits, a hyphen and 3 digits for a branch (Circular 105/2020/TT-BTC Art. 5). */
export function checkTaxCode(value: string, field = 'applicant.idNumber'): string {
  const id = value.trim();
  if (!/^\d{10}(-\d{3})?$/.test(id)) throw invalidInput(field, 'A tax code has 10 digits (or 10-3 for a branch).', 'Mã số thuế/mã số doanh nghiệp gồm 10 chữ số (hoặc 10-3 với đơn vị phụ thuộc).');
  return id;
}
