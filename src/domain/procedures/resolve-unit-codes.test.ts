import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../../test-support/domain-error.js';
import { buildOrgHistory } from '../../test-support/org-history-factory.js';
import { resolveUnitCodes, unitCodesOf } from './resolve-unit-codes.js';

const { history, id } = buildOrgHistory();

describe(resolveUnitCodes.name, () => {
  it('reads *commune* as every commune valid on the date: three after the 2025 merger, six before', () => {
    expect(resolveUnitCodes(history, ['*commune*'], '2025-07-01', 'f').sort()).toEqual([id('N1'), id('N2'), id('N3')].sort());
    expect(resolveUnitCodes(history, ['*commune*', 'T1.STP'], '2025-06-30', 'f')).toHaveLength(7);
  });
  it('takes a reused code as the unit holding it on the date (10001: Xã Một Một, then Xã Một)', () => {
    expect(resolveUnitCodes(history, ['10001'], '2025-06-30', 'f')).toEqual([id('C11')]);
    expect(resolveUnitCodes(history, ['10001'], '2025-07-01', 'f')).toEqual([id('N1')]);
  });
  it('names the position of an unknown code', () => {
    expect(domainErrorOf(() => resolveUnitCodes(history, ['T1.STP', 'T1.XYZ'], '2025-07-01', 'competentUnitCodes'))).toMatchObject({ code: 'INVALID_INPUT', details: { field: 'competentUnitCodes[1]', code: 'T1.XYZ' } });
  });
});

describe(unitCodesOf.name, () => {
  it('collapses every commune back into *commune* and keeps other units by code', () => {
    const ids = resolveUnitCodes(history, ['T1.HCC', '*commune*'], '2025-07-01', 'f');
    expect(unitCodesOf(history, ids, '2025-07-01')).toEqual(['*commune*', 'T1.HCC']);
    expect(unitCodesOf(history, [id('N1'), id('N2')], '2025-07-01')).toEqual(['10001', '10004']);
  });
});
