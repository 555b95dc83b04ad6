import { z } from 'zod';
import { CHANNELS, LEVELS, TIME_LIMIT_UNITS } from '../../../domain/procedures/procedure-record.js';
import { ZLocalDate, ZPage, ZPageSize } from '../../schemas.js';

const text = (max = 2000) => z.string().trim().min(1).max(max);
const nullableText = (max = 2000) => z.string().trim().max(max).nullable().optional().transform((v) => (v ? v : null));

export const ZCodeParams = z.object({ code: z.string().regex(/^\d\.\d{6}$/, 'must look like 1.001193') });
export const ZAsOfQuery = z.object({ asOf: ZLocalDate.optional() });
export const ZListQuery = z.object({
  q: z.string().trim().max(200).optional(), level: z.enum(LEVELS).optional(), field: z.string().trim().max(50).optional(),
  unit: z.string().trim().max(50).optional(), asOf: ZLocalDate.optional(), page: ZPage, pageSize: ZPageSize,
});
export const ZExportQuery = z.object({ format: z.enum(['csv', 'json']).default('csv') });

/** A procedure version as sent by its keepers: units by code as of validFrom, `*commune*` for every commune. */
export const ZVersionBody = z.object({
  code: z.string().trim(),
  validFrom: ZLocalDate, validTo: ZLocalDate.nullable().default(null),
  name: text(1000), level: z.enum(LEVELS), fieldCode: text(50), fieldName: text(300),
  competentUnitCodes: z.array(text(50)).min(1).max(500), receivingUnitCodes: z.array(text(50)).max(500).default([]),
  channels: z.array(z.enum(CHANNELS as [string, ...string[]])).max(3),
  onlineLevel: z.enum(['full', 'partial', 'none']), onlineReason: nullableText(),
  timeLimit: z.object({ value: z.number().min(0).max(10_000), unit: z.enum(TIME_LIMIT_UNITS) }),
  components: z.array(z.object({
    code: text(50), name: text(2000), required: z.boolean(), copies: z.number().int().min(0).max(100),
    replaceableBy: nullableText(100), note: nullableText(), form: nullableText(300),
  })).max(200).default([]),
  fees: z.array(z.object({ name: text(500), amountVnd: z.number().min(0), when: z.enum(['before', 'after']), note: nullableText() })).max(50).default([]),
  resultType: z.enum(['paper', 'electronic', 'both']), resultName: text(1000),
  legalBasis: z.array(z.object({ number: text(100), title: text(1000), issuedOn: ZLocalDate.nullable().default(null) })).max(100).default([]),
  announcingDecision: z.object({ number: text(100), issuedOn: ZLocalDate, publishedOn: ZLocalDate.nullable().default(null) }).nullable().default(null),
  steps: z.array(z.object({ code: text(50), name: text(1000), role: z.enum(['desk_officer', 'unit_officer', 'leader']), sharePercent: z.number().min(0).max(100) })).max(50).default([]),
  interAgency: z.enum(['none', 'sequential', 'parallel']).default('none'),
  agencySteps: z.array(z.object({ unitCode: text(50), name: text(1000), workingDays: z.number().gt(0).max(1000) })).max(50).optional(),
  supplementClock: z.enum(['restart', 'pause']).default('restart'),
  clockStartsAfterPayment: z.boolean().default(false), outsideBoundaryAllowed: z.boolean().default(false),
  subjects: z.array(text(500)).max(50).optional(), conditions: z.array(text(2000)).max(100).optional(),
});
export const ZAmendBody = ZVersionBody.extend({ code: z.string().trim().optional() });
export const ZImportBody = z.union([
  z.object({ format: z.enum(['json', 'csv']), content: z.string().min(1).max(2_000_000) }),
  z.string().min(1).max(2_000_000),
]);
