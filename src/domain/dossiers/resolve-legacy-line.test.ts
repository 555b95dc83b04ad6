import { describe, expect, it } from 'vitest';
import { buildProcedureVersion } from '../../test-support/dossier-factory.js';
import { domainErrorOf } from '../../test-support/domain-error.js';
import type { LegacyDossierLine } from './replay-legacy-dossier.js';
import { resolveLegacyLine, type LegacyCatalogue } from './resolve-legacy-line.js';

const units: Record<string, Array<{ id: string; from: string; to: string | null }>> = {
  '10001': [{ id: 'old-commune', from: '2000-01-01', to: '2025-06-30' }, { id: 'commune', from: '2025-07-01', to: null }],
  'T1.HCC': [{ id: 'centre', from: '2000-01-01', to: null }],
};
const procedure = buildProcedureVersion({ competentUnitIds: ['commune'], receivingUnitIds: ['commune'], channels: ['in_person', 'online'], validFrom: '2025-07-01' });
const catalogue: LegacyCatalogue = {
  unitIdOn: (code, date) => units[code]?.find((u) => u.from <= date && (u.to === null || date <= u.to))?.id,
  procedureOn: (code, date) => (code === procedure.code && date >= procedure.validFrom ? procedure : undefined),
};
const line = (over: Partial<LegacyDossierLine> = {}): LegacyDossierLine => ({
  code: '10001-260302-0001', procedureCode: '1.001193', receivingUnitCode: '10001', competentUnitCode: '10001', channel: 'online',
  receivedAt: '2026-03-02T09:00:00+07:00', dueAt: '2026-03-09T17:00:00+07:00', events: [], ...over,
});
const fieldOf = (l: LegacyDossierLine, on = '2026-03-02', c = catalogue) => domainErrorOf(() => resolveLegacyLine(l, on, c)).details?.field;

describe(resolveLegacyLine.name, () => {
  it('names the units that bore the codes, and the version in force, on the receipt date', () => {
    expect(resolveLegacyLine(line(), '2026-03-02', catalogue)).toEqual({ procedure, receivingUnitId: 'commune', competentUnitId: 'commune', outsideBoundary: false });
  });
  it('reports an unknown procedure, a version not yet in force, and unknown unit codes', () => {
    expect(fieldOf(line({ procedureCode: '9.999999' }))).toBe('procedureCode');
    expect(fieldOf(line(), '2025-06-30')).toBe('procedureCode');
    expect(fieldOf(line({ receivingUnitCode: '99999' }))).toBe('receivingUnitCode');
    expect(fieldOf(line({ competentUnitCode: '99999' }))).toBe('competentUnitCode');
  });
  it('applies the intake rules: a competent agency, an allowed channel, a desk that receives the procedure', () => {
    expect(fieldOf(line({ competentUnitCode: 'T1.HCC' }))).toBe('competentUnitCode');
    expect(fieldOf(line({ channel: 'postal' }))).toBe('channel');
    expect(fieldOf(line({ receivingUnitCode: 'T1.HCC' }))).toBe('receivingUnitCode');
    const anywhere = { ...catalogue, procedureOn: () => ({ ...procedure, outsideBoundaryAllowed: true }) };
    expect(resolveLegacyLine(line({ receivingUnitCode: 'T1.HCC' }), '2026-03-02', anywhere)).toMatchObject({ receivingUnitId: 'centre', outsideBoundary: true });
  });
});
