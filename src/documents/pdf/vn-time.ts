import { MINUTE_MS, VN_OFFSET_MINUTES } from '../../domain/shared/local-date.js';

/** Wall-clock parts in Vietnam (UTC+7, no DST) of an ISO instant, or of a plain `YYYY-MM-DD` date (time 00:00). */
export type VnParts = { year: number; month: number; day: number; hour: number; minute: number };

const pad = (n: number): string => String(n).padStart(2, '0');
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads an ISO 8601 string in Vietnam time; never uses the process time zone. Throws on an unreadable value. */
export function vnParts(iso: string): VnParts {
  if (DATE_ONLY.test(iso)) {
    const [year, month, day] = iso.split('-').map(Number);
    return { year, month, day, hour: 0, minute: 0 };
  }
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO date-time: ${iso}`);
  const local = new Date(ms + VN_OFFSET_MINUTES * MINUTE_MS);
  return {
    year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(),
    hour: local.getUTCHours(), minute: local.getUTCMinutes(),
  };
}

/** `05/03/2026`; a dotted blank when absent. */
export function formatDate(iso: string | null): string {
  if (!iso) return '…/…/……';
  const p = vnParts(iso);
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`;
}

/** `05/03/2026 08:30` (for tables); an empty string when absent. */
export function formatDateTime(iso: string | null): string {
  if (!iso) return '';
  const p = vnParts(iso);
  return `${formatDate(iso)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** `08 giờ 30 phút, ngày 05/03/2026`, as the forms write it; a dotted blank when absent. */
export function formatTimeAndDate(iso: string | null): string {
  if (!iso) return '…giờ…phút, ngày…/…/……';
  const p = vnParts(iso);
  return `${pad(p.hour)} giờ ${pad(p.minute)} phút, ngày ${formatDate(iso)}`;
}

/** The place name for the date line: "Tỉnh Hà Tĩnh" → "Hà Tĩnh". */
export function placeName(provinceName: string): string {
  return provinceName.normalize('NFC').trim().replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, '');
}

/**
 * `Hà Tĩnh, ngày 05 tháng 3 năm 2026`. Decree 30/2020/NĐ-CP, Annex I: days below 10 and months below 3 take a
 * leading zero. A dotted blank date when absent.
 */
export function formatPlaceAndDate(provinceName: string, iso: string | null): string {
  if (!iso) return `${placeName(provinceName)}, ngày …… tháng …… năm ……`;
  const p = vnParts(iso);
  const month = p.month < 3 ? pad(p.month) : String(p.month);
  return `${placeName(provinceName)}, ngày ${pad(p.day)} tháng ${month} năm ${p.year}`;
}
