import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatPlaceAndDate, formatTimeAndDate, placeName, vnParts } from './vn-time.js';

describe(vnParts.name, () => {
  it('reads an instant in Vietnam time whatever the offset it is written in (tests run with TZ=UTC)', () => {
    expect(vnParts('2026-03-04T23:30:00Z')).toEqual({ year: 2026, month: 3, day: 5, hour: 6, minute: 30 });
    expect(vnParts('2026-03-05T06:30:00+07:00')).toEqual({ year: 2026, month: 3, day: 5, hour: 6, minute: 30 });
  });
  it('reads a plain date as that calendar day', () => {
    expect(vnParts('2026-12-31')).toMatchObject({ year: 2026, month: 12, day: 31 });
  });
  it('rejects an unreadable value', () => {
    expect(() => vnParts('hôm qua')).toThrow(RangeError);
  });
});

describe('form date formats', () => {
  it('writes hour, minute and date as the forms do', () => {
    expect(formatTimeAndDate('2026-03-05T08:05:00+07:00')).toBe('08 giờ 05 phút, ngày 05/03/2026');
    expect(formatTimeAndDate(null)).toBe('…giờ…phút, ngày…/…/……');
    expect(formatDate('2026-01-31T17:30:00Z')).toBe('01/02/2026');
    expect(formatDateTime('2026-01-31T17:30:00Z')).toBe('01/02/2026 00:30');
    expect(formatDateTime(null)).toBe('');
  });
  it('pads days below 10 and months below 3 on the place and date line (Decree 30/2020)', () => {
    expect(formatPlaceAndDate('Tỉnh Hà Tĩnh', '2026-02-05T09:00:00+07:00')).toBe('Hà Tĩnh, ngày 05 tháng 02 năm 2026');
    expect(formatPlaceAndDate('Hà Tĩnh', '2026-11-15T09:00:00+07:00')).toBe('Hà Tĩnh, ngày 15 tháng 11 năm 2026');
    expect(formatPlaceAndDate('Hà Tĩnh', '2026-03-09T09:00:00+07:00')).toBe('Hà Tĩnh, ngày 09 tháng 3 năm 2026');
  });
  it('drops the "Tỉnh" / "Thành phố" prefix from the place name', () => {
    expect(placeName('Thành phố Hà Nội')).toBe('Hà Nội');
  });
});
