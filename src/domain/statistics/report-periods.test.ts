import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { PERIOD_PRESET_INFO, PERIOD_PRESETS, reportPeriod, type PeriodPreset } from './report-periods.js';

const range = (preset: PeriodPreset, date: string, months?: number) => {
  const p = reportPeriod({ preset, date, months });
  return [p.from, p.to];
};

describe(reportPeriod.name, () => {
  describe('calendar presets', () => {
    it.each([
      ['month', '2026-03-20', '2026-03-01', '2026-03-31', 'tháng 3 năm 2026', 'March 2026'],
      ['month', '2024-02-10', '2024-02-01', '2024-02-29', 'tháng 2 năm 2024', 'February 2024'],
      ['month', '2025-02-28', '2025-02-01', '2025-02-28', 'tháng 2 năm 2025', 'February 2025'],
      ['month', '2026-12-31', '2026-12-01', '2026-12-31', 'tháng 12 năm 2026', 'December 2026'],
      ['quarter', '2026-01-01', '2026-01-01', '2026-03-31', 'quý I năm 2026', 'Q1 2026'],
      ['quarter', '2026-05-15', '2026-04-01', '2026-06-30', 'quý II năm 2026', 'Q2 2026'],
      ['quarter', '2026-09-30', '2026-07-01', '2026-09-30', 'quý III năm 2026', 'Q3 2026'],
      ['quarter', '2026-11-02', '2026-10-01', '2026-12-31', 'quý IV năm 2026', 'Q4 2026'],
      ['six_months', '2026-11-02', '2026-01-01', '2026-06-30', '6 tháng đầu năm 2026', 'First 6 months of 2026'],
      ['nine_months', '2026-03-02', '2026-01-01', '2026-09-30', '9 tháng đầu năm 2026', 'First 9 months of 2026'],
      ['year', '2024-07-04', '2024-01-01', '2024-12-31', 'năm 2024', 'Year 2024'],
    ] as const)('%s of %s is %s – %s (%s)', (preset, date, from, to, label, labelEn) => {
      expect(reportPeriod({ preset, date })).toEqual({ preset, from, to, label, labelEn });
    });

    it.each([
      [7, '2026-01-01', '2026-07-31', '7 tháng đầu năm 2026'],
      [10, '2026-01-01', '2026-10-31', '10 tháng đầu năm 2026'],
      [2, '2028-01-01', '2028-02-29', '2 tháng đầu năm 2028'],
      [1, '2026-01-01', '2026-01-31', '1 tháng đầu năm 2026'],
      [12, '2026-01-01', '2026-12-31', 'năm 2026'],
    ] as const)('the first %i months of the year run %s – %s', (months, from, to, label) => {
      const year = from.slice(0, 4);
      expect(reportPeriod({ preset: 'first_months', date: `${year}-05-20`, months })).toMatchObject({ from, to, label });
    });
  });

  describe('Decree 09/2019/NĐ-CP cut-off windows', () => {
    it.each([
      ['2026-03-01', '2026-02-15', '2026-03-14'],
      ['2026-03-14', '2026-02-15', '2026-03-14'],
      ['2026-03-31', '2026-02-15', '2026-03-14'],
      ['2026-01-10', '2025-12-15', '2026-01-14'],
      ['2026-12-20', '2026-11-15', '2026-12-14'],
    ])('the monthly window of the month of %s is %s – %s', (date, from, to) => {
      expect(range('cutoff_month', date)).toEqual([from, to]);
    });

    it('names the reporting month and the data window in the label', () => {
      expect(reportPeriod({ preset: 'cutoff_month', date: '2026-03-20' }).label).toBe('tháng 3 năm 2026 (số liệu từ ngày 15/02/2026 đến ngày 14/03/2026)');
    });

    it.each([
      ['2026-02-01', '2025-12-15', '2026-03-14', 'quý I năm 2026 (số liệu từ ngày 15/12/2025 đến ngày 14/03/2026)'],
      ['2026-04-01', '2026-03-15', '2026-06-14', 'quý II năm 2026 (số liệu từ ngày 15/03/2026 đến ngày 14/06/2026)'],
      ['2026-09-30', '2026-06-15', '2026-09-14', 'quý III năm 2026 (số liệu từ ngày 15/06/2026 đến ngày 14/09/2026)'],
      ['2026-12-31', '2026-09-15', '2026-12-14', 'quý IV năm 2026 (số liệu từ ngày 15/09/2026 đến ngày 14/12/2026)'],
    ])('the quarterly window of the quarter of %s is %s – %s', (date, from, to, label) => {
      expect(reportPeriod({ preset: 'cutoff_quarter', date })).toMatchObject({ from, to, label });
    });

    it('the 6-month window runs 15 Dec of the previous year to 14 Jun (UNCONFIRMED default)', () => {
      expect(range('cutoff_six_months', '2026-08-01')).toEqual(['2025-12-15', '2026-06-14']);
      expect(PERIOD_PRESET_INFO.find((p) => p.preset === 'cutoff_six_months')?.unconfirmed).toBe(true);
    });

    it('the yearly window runs 15 Dec of the previous year to 14 Dec', () => {
      expect(reportPeriod({ preset: 'cutoff_year', date: '2026-12-31' })).toMatchObject({
        from: '2025-12-15', to: '2026-12-14', label: 'năm 2026 (số liệu từ ngày 15/12/2025 đến ngày 14/12/2026)',
      });
    });

    it('the monthly windows of a year tile the yearly window with no gap or overlap', () => {
      const windows = Array.from({ length: 12 }, (_, i) => range('cutoff_month', `2026-${String(i + 1).padStart(2, '0')}-01`));
      expect(windows[0][0]).toBe(range('cutoff_year', '2026-06-01')[0]);
      expect(windows[11][1]).toBe(range('cutoff_year', '2026-06-01')[1]);
      for (let i = 1; i < 12; i++) {
        const dayAfter = new Date(`${windows[i - 1][1]}T00:00:00Z`).getTime() + 86_400_000;
        expect(new Date(`${windows[i][0]}T00:00:00Z`).getTime()).toBe(dayAfter);
      }
    });
  });

  describe('bad input', () => {
    const field = (f: () => unknown) => {
      try { f(); } catch (e) { return e instanceof DomainError ? [e.code, e.field] : e; }
      return 'no error';
    };
    it('names the field it refuses', () => {
      expect(field(() => reportPeriod({ preset: 'month', date: '2026-02-30' }))).toEqual(['INVALID_INPUT', 'date']);
      expect(field(() => reportPeriod({ preset: 'first_months', date: '2026-02-01' }))).toEqual(['INVALID_INPUT', 'months']);
      expect(field(() => reportPeriod({ preset: 'first_months', date: '2026-02-01', months: 13 }))).toEqual(['INVALID_INPUT', 'months']);
      expect(field(() => reportPeriod({ preset: 'first_months', date: '2026-02-01', months: 6.5 }))).toEqual(['INVALID_INPUT', 'months']);
      expect(field(() => reportPeriod({ preset: 'week' as PeriodPreset, date: '2026-02-01' }))).toEqual(['INVALID_INPUT', 'preset']);
    });
  });
});

describe('PERIOD_PRESET_INFO', () => {
  it('labels every preset once, in Vietnamese and English', () => {
    expect(PERIOD_PRESET_INFO.map((p) => p.preset)).toEqual([...PERIOD_PRESETS]);
    for (const p of PERIOD_PRESET_INFO) {
      expect(p.labelVi).not.toBe('');
      expect(p.labelEn).not.toBe('');
    }
  });
});
