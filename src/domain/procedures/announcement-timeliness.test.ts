import { describe, expect, it } from 'vitest';
import { seedCalendar } from '../calendar/working-calendar.fixtures.js';
import { announcedOnTime, announcingLevelOf, publishedOnTime, versionTimeliness } from './announcement-timeliness.js';
import { buildVersion } from './procedure.fixtures.js';

const calendar = seedCalendar();

describe(announcedOnTime.name, () => {
  it('wants a provincial decision 5 working days before the effective date (Tue 1 Jul 2025 → Tue 24 Jun)', () => {
    expect(announcedOnTime({ decisionOn: '2025-06-24', effectiveOn: '2025-07-01', level: 'province', calendar })).toEqual({ status: 'on_time', deadline: '2025-06-24' });
    expect(announcedOnTime({ decisionOn: '2025-06-25', effectiveOn: '2025-07-01', level: 'province', calendar }).status).toBe('late');
  });
  it('skips the Tết 2026 break when counting back (effective Wed 25 Feb 2026 → Wed 11 Feb)', () => {
    expect(announcedOnTime({ decisionOn: '2026-02-11', effectiveOn: '2026-02-25', level: 'province', calendar })).toEqual({ status: 'on_time', deadline: '2026-02-11' });
    expect(announcedOnTime({ decisionOn: '2026-02-12', effectiveOn: '2026-02-25', level: 'province', calendar }).status).toBe('late');
  });
  it('wants a ministry decision 20 working days before', () => {
    const r = announcedOnTime({ decisionOn: '2025-06-03', effectiveOn: '2025-07-01', level: 'ministry', calendar });
    expect(r).toEqual({ status: 'on_time', deadline: '2025-06-03' });
    expect(announcedOnTime({ decisionOn: '2025-06-04', effectiveOn: '2025-07-01', level: 'ministry', calendar }).status).toBe('late');
  });
});

describe(publishedOnTime.name, () => {
  it('gives a province 5 working days after the decision, skipping Tết 2024 (Fri 2 Feb → Fri 16 Feb)', () => {
    const base = { decisionOn: '2024-02-02', level: 'province' as const, calendar, asOf: '2024-03-01' };
    expect(publishedOnTime({ ...base, publishedOn: '2024-02-16' })).toEqual({ status: 'on_time', deadline: '2024-02-16' });
    expect(publishedOnTime({ ...base, publishedOn: '2024-02-19' }).status).toBe('late');
  });
  it('gives a ministry 10 working days', () => {
    expect(publishedOnTime({ decisionOn: '2025-06-02', publishedOn: '2025-06-16', level: 'ministry', calendar, asOf: '2025-07-01' })).toEqual({ status: 'on_time', deadline: '2025-06-16' });
  });
  it('is pending while unpublished before the deadline, and late after it', () => {
    const base = { decisionOn: '2025-06-24', publishedOn: null, level: 'province' as const, calendar };
    expect(publishedOnTime({ ...base, asOf: '2025-07-01' }).status).toBe('pending');
    expect(publishedOnTime({ ...base, asOf: '2025-07-02' })).toEqual({ status: 'late', deadline: '2025-07-01' });
  });
});

describe(versionTimeliness.name, () => {
  it('judges a version by its own decision and effective date, a central one as a ministry', () => {
    expect(announcingLevelOf('central')).toBe('ministry');
    expect(announcingLevelOf('commune')).toBe('province');
    const v = buildVersion({ validFrom: '2025-07-01', announcingDecision: { number: '1/QĐ-UBND', issuedOn: '2025-06-20', publishedOn: '2025-06-26' } });
    expect(versionTimeliness(v, calendar, '2025-07-01')).toEqual({ announced: { status: 'on_time', deadline: '2025-06-24' }, published: { status: 'on_time', deadline: '2025-06-27' } });
    expect(versionTimeliness(buildVersion({ announcingDecision: null }), calendar, '2025-07-01')).toBeNull();
  });
});
