import type { LocalDate } from '../shared/local-date.js';
import type { Ii06aFigures } from './ii06a-row.js';

/** Biểu II.06a/VPCP/KSTT for one unit (with its roll-up) and one period (Circular 01/2020/TT-VPCP annex). */
export type Ii06aReport = {
  unit: { id: string; code: string; name: string };
  from: LocalDate;
  to: LocalDate;
  /** One row per field (lĩnh vực) of the procedures, by field code. */
  rows: Array<{ fieldCode: string; fieldName: string } & Ii06aFigures>;
  total: Ii06aFigures;
  /** When the figures were computed (ISO instant) and the rule set they follow. */
  generatedAt: string;
  rules: string;
};
