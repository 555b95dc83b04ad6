import { describe, expect, it } from 'vitest';
import type { ProcedureComponent } from '../../../api/types';
import { initialComponentStatuses, missingRequired } from './component-checks';

const component = (code: string, required: boolean, replaceableBy: string | null = null): ProcedureComponent =>
  ({ code, name: code, required, copies: 1, replaceableBy });

describe(initialComponentStatuses.name, () => {
  it('reuses national data and leaves the rest for the officer to check', () => {
    expect(initialComponentStatuses([component('TK', true), component('GTTT', false, 'population')])).toEqual({ TK: 'missing', GTTT: 'reused' });
  });
});

describe(missingRequired.name, () => {
  it('lists only required components still missing (unset counts as missing)', () => {
    const list = [component('TK', true), component('ANH', true), component('UQ', false)];
    expect(missingRequired(list, { TK: 'submitted', UQ: 'missing' }).map((c) => c.code)).toEqual(['ANH']);
  });
});
