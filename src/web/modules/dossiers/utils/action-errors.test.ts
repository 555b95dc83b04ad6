import { describe, expect, it } from 'vitest';
import { formFieldOf } from './action-errors';

describe(formFieldOf.name, () => {
  it('reads domain and schema spellings and ignores fields the form does not have', () => {
    expect(formFieldOf('payload.newDueAt')).toBe('newDueDate');
    expect(formFieldOf('body.reason')).toBe('reason');
    expect(formFieldOf('version')).toBeUndefined();
    expect(formFieldOf(undefined)).toBeUndefined();
  });
});
