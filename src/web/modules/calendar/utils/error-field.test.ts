import { describe, expect, it } from 'vitest';
import { entryRowOf, fieldPath } from './error-field';

describe(fieldPath.name, () => {
  it('reads domain, schema and plain spellings of the same field', () => {
    expect(fieldPath('schedules[0].entries[3].date')).toEqual(['entries', 3, 'date']);
    expect(fieldPath('body.entries.2.reason')).toEqual(['entries', 2, 'reason']);
    expect(fieldPath('entries[1].source.url')).toEqual(['entries', 1, 'source', 'url']);
    expect(fieldPath('body.source.url')).toEqual(['source', 'url']);
    expect(fieldPath('workingDays')).toEqual(['workingDays']);
  });

  it('gives nothing for a missing or empty field', () => {
    expect(fieldPath(undefined)).toBeUndefined();
    expect(fieldPath('')).toBeUndefined();
    expect(fieldPath('schedules[0]')).toBeUndefined();
  });
});

describe(entryRowOf.name, () => {
  it('finds the row of an entry field and nothing for the year source', () => {
    expect(entryRowOf(fieldPath('schedules[0].entries[3].date'))).toBe(3);
    expect(entryRowOf(fieldPath('body.source.document'))).toBeUndefined();
  });
});
