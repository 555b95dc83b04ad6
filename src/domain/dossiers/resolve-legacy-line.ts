import { invalidInput } from '../errors.js';
import type { ProcedureVersion } from '../procedures/procedure-types.js';
import type { LocalDate } from '../shared/local-date.js';
import type { LegacyDossierLine } from './replay-legacy-dossier.js';

/** Look-ups the caller builds once (in memory) from the organisation history and the procedure catalogue. */
export type LegacyCatalogue = {
  /** The id of the unit bearing `code` on `date` (codes are unique per day, not forever). */
  unitIdOn: (code: string, date: LocalDate) => string | undefined;
  /** The version of a procedure in force on `date`. */
  procedureOn: (code: string, date: LocalDate) => ProcedureVersion | undefined;
};

export type ResolvedLegacyLine = { procedure: ProcedureVersion; receivingUnitId: string; competentUnitId: string; outsideBoundary: boolean };

/**
 * What a legacy line's codes name on its receipt date: the procedure version then in force (a dossier keeps it for its
 * whole life; domain.md requirement 1), the receiving desk and the competent agency as they were coded that day — never
 * created when unknown. The same agency rules as intake apply: the agency must be competent for the version, the
 * channel allowed, and the desk one that receives the procedure unless it is handled regardless of the administrative
 * boundary (Decree 61/2018/ND-CP Arts. 16–17; Decree 118/2025/ND-CP Arts. 15, 17). Throws INVALID_INPUT naming the field.
 */
export function resolveLegacyLine(line: LegacyDossierLine, receivedOn: LocalDate, catalogue: LegacyCatalogue): ResolvedLegacyLine {
  const procedure = catalogue.procedureOn(line.procedureCode, receivedOn);
  if (!procedure) {
    throw invalidInput('procedureCode', `Procedure ${line.procedureCode} has no version in force on ${receivedOn}.`, `Thủ tục ${line.procedureCode} không có phiên bản nào có hiệu lực vào ngày ${receivedOn}.`);
  }
  const receivingUnitId = catalogue.unitIdOn(line.receivingUnitCode, receivedOn);
  if (!receivingUnitId) {
    throw invalidInput('receivingUnitCode', `No unit has code ${line.receivingUnitCode} on ${receivedOn}.`, `Không có đơn vị nào mang mã ${line.receivingUnitCode} vào ngày ${receivedOn}.`);
  }
  const competentUnitId = catalogue.unitIdOn(line.competentUnitCode, receivedOn);
  if (!competentUnitId) {
    throw invalidInput('competentUnitCode', `No unit has code ${line.competentUnitCode} on ${receivedOn}.`, `Không có đơn vị nào mang mã ${line.competentUnitCode} vào ngày ${receivedOn}.`);
  }
  if (!procedure.competentUnitIds.includes(competentUnitId)) {
    throw invalidInput('competentUnitCode', `Unit ${line.competentUnitCode} is not competent for procedure ${procedure.code} (version of ${procedure.validFrom}).`,
      `Đơn vị ${line.competentUnitCode} không có thẩm quyền giải quyết thủ tục ${procedure.code} (phiên bản từ ${procedure.validFrom}).`);
  }
  if (!procedure.channels.includes(line.channel)) {
    throw invalidInput('channel', `Procedure ${procedure.code} cannot be submitted ${line.channel}.`, `Thủ tục ${procedure.code} không tiếp nhận qua kênh ${line.channel}.`);
  }
  const receivesHere = procedure.receivingUnitIds.includes(receivingUnitId) || procedure.competentUnitIds.includes(receivingUnitId);
  if (!receivesHere && !procedure.outsideBoundaryAllowed) {
    throw invalidInput('receivingUnitCode', `Unit ${line.receivingUnitCode} does not receive procedure ${procedure.code}.`, `Đơn vị ${line.receivingUnitCode} không tiếp nhận thủ tục ${procedure.code}.`);
  }
  return { procedure, receivingUnitId, competentUnitId, outsideBoundary: !receivesHere };
}
