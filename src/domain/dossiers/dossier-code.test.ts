import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vnAt } from '../../test-support/dossier-factory.js';
import { formatDossierCode, parseDossierCode } from './dossier-code.js';

const AGENCY = '000.00.12.H42';

describe(formatDossierCode.name, () => {
  it('gives the 10th dossier of an agency on 2026-03-05 the code …-260305-0010 (requirement 5)', () => {
    expect(formatDossierCode(AGENCY, vnAt('2026-03-05', '10:00'), 10)).toBe('000.00.12.H42-260305-0010');
  });

  it('uses the receipt date in Vietnam: 23:30 UTC on 4 March is already 5 March there', () => {
    expect(formatDossierCode(AGENCY, Date.UTC(2026, 2, 4, 23, 30), 1)).toBe('000.00.12.H42-260305-0001');
    expect(formatDossierCode(AGENCY, Date.UTC(2026, 2, 4, 16, 59), 1)).toBe('000.00.12.H42-260304-0001');
    expect(formatDossierCode(AGENCY, Date.UTC(2026, 2, 4, 17, 0), 1)).toBe('000.00.12.H42-260305-0001');
  });

  it('pads the sequence within the day to four digits and lets it grow past 9999', () => {
    expect(formatDossierCode('X', vnAt('2026-12-31', '16:00'), 1)).toBe('X-261231-0001');
    expect(formatDossierCode('X', vnAt('2026-12-31', '16:00'), 9999)).toBe('X-261231-9999');
    expect(formatDossierCode('X', vnAt('2026-12-31', '16:00'), 10000)).toBe('X-261231-10000');
  });
});

describe(parseDossierCode.name, () => {
  it('reads the agency, the date and the sequence back', () => {
    expect(parseDossierCode('000.00.12.H42-260305-0010')).toEqual({ agencyCode: AGENCY, yymmdd: '260305', sequence: 10 });
    expect(parseDossierCode('  H42.01-260305-0001 ')).toEqual({ agencyCode: 'H42.01', yymmdd: '260305', sequence: 1 });
  });

  it('answers null for what is not a dossier code', () => {
    for (const code of ['', 'abc', '-260305-0010', 'H42-26035-0010', 'H42-260305-010', 'H42-260305', 'H42-260305-00a1']) {
      expect(parseDossierCode(code)).toBeNull();
    }
  });

  it('round-trips every code it formats (agency identifiers with dots and hyphens, any day 2023–2030)', () => {
    const agency = fc.stringMatching(/^[0-9A-Z][0-9A-Z.-]{0,15}$/);
    const at = fc.integer({ min: vnAt('2023-01-01', '00:00'), max: vnAt('2030-12-31', '23:59') });
    fc.assert(fc.property(agency, at, fc.integer({ min: 1, max: 99_999 }), (code, instant, sequence) => {
      const parsed = parseDossierCode(formatDossierCode(code, instant, sequence));
      expect(parsed).toEqual({ agencyCode: code, yymmdd: formatDossierCode('', instant, 1).slice(1, 7), sequence });
    }), { numRuns: 500 });
  });
});
