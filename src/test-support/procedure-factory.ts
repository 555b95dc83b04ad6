import type { ProcedureDataset } from '../app/procedures/load-procedure-datasets.js';
import { buildProcedureRecord } from '../domain/procedures/procedure.fixtures.js';

/**
 * Procedures of the fictional test province T1: a commune procedure with a 5-working-day limit (birth registration
 * shape, restart after supplement) and a provincial one received at the service centre for the Department of Justice.
 */
export function buildTestProcedureDatasets(): ProcedureDataset[] {
  return [{
    dataset: 'test-procedures', provinceCode: 'T1',
    procedures: [
      buildProcedureRecord({ timeLimit: { value: 5, unit: 'working_days' }, outsideBoundaryAllowed: false, validFrom: '2025-07-01' }),
      buildProcedureRecord({
        code: '2.000635', name: 'Cấp bản sao trích lục hộ tịch', level: 'province', fieldCode: 'HT', competentUnitCodes: ['T1.STP'], receivingUnitCodes: ['T1.HCC'],
        timeLimit: { value: 3, unit: 'working_days' }, supplementClock: 'pause', validFrom: '2025-07-01', outsideBoundaryAllowed: false,
      }),
    ],
  }];
}
