import { describe, expect, it } from 'vitest';
import { formatDateVi, formatNumberVi, formatPercentVi, formatPeriodVi, formatShareVi, NO_RATE } from './format-vi.js';

describe('format-vi', () => {
  it('groups thousands with a dot', () => {
    expect(formatNumberVi(860_246)).toBe('860.246');
    expect(formatNumberVi(0)).toBe('0');
    expect(formatNumberVi(1_234_567)).toBe('1.234.567');
  });
  it('writes percentages with two decimals, a decimal comma and a space before %', () => {
    expect(formatPercentVi(98.8)).toBe('98,80 %');
    expect(formatPercentVi(100)).toBe('100,00 %');
    expect(formatShareVi(988, 1000)).toBe('98,80 %');
    expect(formatShareVi(2, 3)).toBe('66,67 %');
    expect(formatShareVi(0, 0)).toBe(NO_RATE);
  });
  it('writes dates dd/mm/yyyy whatever the process time zone', () => {
    expect(formatDateVi('2026-03-05')).toBe('05/03/2026');
    expect(formatDateVi('2025-12-31')).toBe('31/12/2025');
    expect(formatPeriodVi('2026-02-15', '2026-03-14')).toBe('từ ngày 15/02/2026 đến ngày 14/03/2026');
  });
});
