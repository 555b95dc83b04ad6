import { z } from 'zod';
import type { ProcedureDetails } from '../../app/procedures/get-procedure.js';
import type { ImportReport } from '../../app/procedures/import-procedures.js';
import type { SavedVersion } from '../../app/procedures/save-procedure-version.js';
import { recordOf } from '../../app/procedures/export-procedures.js';
import type { OrgHistory } from '../../domain/org/org-types.js';
import type { ProcedureVersion } from '../../domain/procedures/procedure-types.js';
import { unitCodesOf } from '../../domain/procedures/resolve-unit-codes.js';

const ZTimeLimit = z.object({ value: z.number(), unit: z.string() });
export const ZProcedureListItem = z.object({
  id: z.string(), code: z.string(), name: z.string(), level: z.string(), fieldCode: z.string(), fieldName: z.string(),
  competentUnitCodes: z.array(z.string()), receivingUnitCodes: z.array(z.string()), timeLimit: ZTimeLimit,
  onlineLevel: z.string(), channels: z.array(z.string()), validFrom: z.string(), validTo: z.string().nullable(), version: z.number(),
});
const ZLegal = z.object({ number: z.string(), title: z.string(), issuedOn: z.string().nullable() });
export const ZProcedureVersionView = ZProcedureListItem.extend({
  onlineReason: z.string().nullable(),
  components: z.array(z.object({ code: z.string(), name: z.string(), required: z.boolean(), copies: z.number(), replaceableBy: z.string().nullable(), note: z.string().nullable().optional(), form: z.string().nullable().optional() })),
  fees: z.array(z.object({ name: z.string(), amountVnd: z.number(), when: z.string(), note: z.string().nullable().optional() })),
  resultType: z.string(), resultName: z.string(), legalBasis: z.array(ZLegal),
  announcingDecision: z.object({ number: z.string(), issuedOn: z.string(), publishedOn: z.string().nullable() }).nullable(),
  steps: z.array(z.object({ code: z.string(), name: z.string(), role: z.string(), sharePercent: z.number() })),
  interAgency: z.string(), agencySteps: z.array(z.object({ unitCode: z.string(), name: z.string(), workingDays: z.number() })).optional(), supplementClock: z.string(), clockStartsAfterPayment: z.boolean(), outsideBoundaryAllowed: z.boolean(),
  subjects: z.array(z.string()).optional(), conditions: z.array(z.string()).optional(),
});
export const ZProcedureDetails = z.object({
  code: z.string(), asOf: z.string(), inForce: ZProcedureVersionView.nullable(), versions: z.array(ZProcedureVersionView),
  problems: z.array(z.object({ element: z.string(), legalPoint: z.string(), severity: z.string(), message: z.string(), messageVi: z.string() })),
});
export const ZSavedVersion = z.object({
  version: ZProcedureVersionView,
  closed: z.object({ id: z.string(), version: z.number(), validFrom: z.string(), validTo: z.string().nullable() }).nullable(),
});
const ZRowRef = z.object({ row: z.number(), code: z.string(), validFrom: z.string() });
export const ZImportReport = z.object({
  created: z.array(ZRowRef.extend({ version: z.number() })), unchanged: z.array(ZRowRef),
  errors: z.array(z.object({ row: z.number(), code: z.string().nullable(), field: z.string().nullable(), error: z.string(), message: z.string(), messageVi: z.string() })),
});

/** One line of the public catalogue: units by code (every commune as `*commune*`) as of the version's first day. */
export function presentProcedureListItem(history: OrgHistory, v: ProcedureVersion): z.infer<typeof ZProcedureListItem> {
  return {
    id: v.id, code: v.code, name: v.name, level: v.level, fieldCode: v.fieldCode, fieldName: v.fieldName,
    competentUnitCodes: unitCodesOf(history, v.competentUnitIds, v.validFrom), receivingUnitCodes: unitCodesOf(history, v.receivingUnitIds, v.validFrom),
    timeLimit: v.timeLimit, onlineLevel: v.onlineLevel, channels: v.channels, validFrom: v.validFrom, validTo: v.validTo, version: v.version,
  };
}

/** A whole version, as the catalogue publishes it (no personal data: procedures are public, Decree 63/2010/ND-CP Art. 16). */
export function presentProcedureVersion(history: OrgHistory, v: ProcedureVersion): z.infer<typeof ZProcedureVersionView> {
  return { ...recordOf(history, v), ...presentProcedureListItem(history, v) };
}

export function presentProcedureDetails(d: ProcedureDetails, asOf: string): z.infer<typeof ZProcedureDetails> {
  return {
    code: d.versions[0].code, asOf, inForce: d.inForce && presentProcedureVersion(d.history, d.inForce),
    versions: d.versions.map((v) => presentProcedureVersion(d.history, v)),
    problems: d.problems.map((p) => ({ element: p.element, legalPoint: p.legalPoint, severity: p.severity, message: p.message, messageVi: p.messageVi })),
  };
}

export function presentSavedVersion(history: OrgHistory, s: SavedVersion): z.infer<typeof ZSavedVersion> {
  return { version: presentProcedureVersion(history, s.version), closed: s.closed && { id: s.closed.id, version: s.closed.version, validFrom: s.closed.validFrom, validTo: s.closed.validTo } };
}

export const presentImportReport = (r: ImportReport): z.infer<typeof ZImportReport> => r;
