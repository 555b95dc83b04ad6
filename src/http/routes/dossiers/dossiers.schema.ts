import { z } from 'zod';
import { DOSSIER_ACTION_TYPES } from '../../../domain/dossiers/dossier-actions.js';
import { ZLocalDate, ZPage, ZPageSize, ZUuid } from '../../schemas.js';

export const ZApplicant = z.object({
  kind: z.enum(['person', 'organisation']), name: z.string().trim().min(1).max(200), idNumber: z.string().trim().min(1).max(20),
  phone: z.string().trim().regex(/^\+?[0-9 .-]{8,15}$/, 'must be a phone number').nullable().optional(), email: z.email().nullable().optional(), address: z.string().max(300).nullable().optional(),
});
export const ZReceiveBody = z.object({
  procedureCode: z.string().trim().min(1).max(20), channel: z.enum(['in_person', 'online', 'postal']),
  receivingUnitId: ZUuid, receptionUnitId: ZUuid.optional(), competentUnitId: ZUuid.optional(), applicant: ZApplicant,
  components: z.array(z.object({ code: z.string().min(1).max(40), status: z.enum(['submitted', 'digitised', 'reused', 'exempt', 'missing']) })).max(100),
  decision: z.enum(['receive', 'request_supplement', 'refuse', 'submit']), reason: z.string().max(2000).nullable().optional(),
});
export const ZActionBody = z.object({
  type: z.enum(DOSSIER_ACTION_TYPES.filter((t) => t !== 'auto_closed') as [string, ...string[]]),
  version: z.number().int().min(0), reason: z.string().max(2000).nullable().optional(), payload: z.record(z.string(), z.unknown()).optional(),
});
export const ZQueueQuery = z.object({
  tab: z.enum(['open', 'due_soon', 'overdue', 'waiting_supplement', 'to_deliver', 'pending_apology', 'all']).default('open'),
  q: z.string().max(100).optional(), mine: z.enum(['true', 'false']).optional(), page: ZPage, pageSize: ZPageSize,
});
export const ZLookupQuery = z.object({ last4: z.string().regex(/^\d{4}$/, 'must be the last 4 digits of the phone or ID number') });
const ZLevel = z.enum(['satisfied', 'neutral', 'dissatisfied']);
export const ZRatingBody = z.object({
  last4: z.string().regex(/^\d{4}$/), overall: ZLevel, comment: z.string().max(2000).nullable().optional(),
  criteria: z.object({ time: ZLevel, visits: ZLevel, information: ZLevel, attitude: ZLevel, lawfulness: ZLevel, online: ZLevel }).partial().default({}),
});

const ZEnabled = z.boolean().optional();
/** A province's reaction-SLA figures from a date on (domain/dossiers/reaction-slas.ts checks the ranges). */
export const ZReactionSlaOverride = z.object({
  effectiveFrom: ZLocalDate,
  limits: z.object({
    online_check: z.object({ enabled: ZEnabled, workingHours: z.number().optional() }).strict().optional(),
    paper_supplement_slip: z.object({ enabled: ZEnabled, workingDays: z.number().optional() }).strict().optional(),
    appraisal_return: z.object({ enabled: ZEnabled, workingDays: z.number().optional() }).strict().optional(),
    counter_forwarding: z.object({ enabled: ZEnabled, cutoff: z.string().max(5).optional() }).strict().optional(),
  }).strict(),
  warnWorkingHours: z.number().optional(),
  note: z.string().max(500).nullable().optional(),
});
export const ZAlertsQuery = z.object({
  unit: ZUuid.optional(),
  /** open: breaches, duties due soon and escalations; escalated: escalations to the head of the One-Stop Unit only. */
  state: z.enum(['open', 'breached', 'due_soon', 'pending', 'escalated']).default('open'),
});
