import type { Ii06aReport } from '../domain/statistics/ii06a-report.js';

/**
 * A report for the export tests (test-only). Figures satisfy the form's identities: total received 1.500 (online 800,
 * in person or by post 600, carried over 100), resolved 1.000 (early 700, on time 288, late 12: 9 with an apology),
 * so early + on time = 98,80 %; in progress 500 (15 overdue).
 */
export function buildIi06aTestReport(overrides: Partial<Ii06aReport> = {}): Ii06aReport {
  return {
    unit: { id: '00000000-0000-4000-8000-000000000001', code: '42', name: 'Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh' },
    from: '2026-01-01', to: '2026-03-31',
    rows: [
      { fieldCode: 'HT', fieldName: 'Hộ tịch', received: 800, receivedOnline: 500, receivedInPersonOrPostal: 260, carriedOver: 40,
        resolved: 700, resolvedEarly: 500, resolvedOnTime: 195, resolvedLate: 5, inProgress: 100, inProgressWithinDeadline: 95, inProgressOverdue: 5,
        withdrawn: 3, refused: 2, lateWithApology: 4, lateWithoutApology: 1 },
      { fieldCode: 'DD', fieldName: 'Đất đai', received: 700, receivedOnline: 300, receivedInPersonOrPostal: 340, carriedOver: 60,
        resolved: 300, resolvedEarly: 200, resolvedOnTime: 93, resolvedLate: 7, inProgress: 400, inProgressWithinDeadline: 390, inProgressOverdue: 10,
        withdrawn: 1, refused: 4, lateWithApology: 5, lateWithoutApology: 2 },
    ],
    total: { received: 1500, receivedOnline: 800, receivedInPersonOrPostal: 600, carriedOver: 100,
      resolved: 1000, resolvedEarly: 700, resolvedOnTime: 288, resolvedLate: 12, inProgress: 500, inProgressWithinDeadline: 485, inProgressOverdue: 15,
      withdrawn: 4, refused: 6, lateWithApology: 9, lateWithoutApology: 3 },
    generatedAt: '2026-04-01T18:30:00.000Z', // 02/04/2026 01:30 in Vietnam
    rules: 'II.06a/2020 (test)',
    ...overrides,
  };
}
