import { z } from 'zod';
import { CHANNELS } from '../../../domain/calendar/receipt.js';
import { SCHEDULE_ENTRY_KINDS } from '../../../domain/calendar/announced-schedule.js';
import { ZLocalDate, ZUuid } from '../../schemas.js';

/** An instant with its offset, e.g. 2024-02-02T09:00:00+07:00. */
export const ZInstant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with offset, e.g. 2024-02-02T09:00:00+07:00' });
export const ZYearParams = z.object({ year: z.coerce.number().int() });
export const ZDaysQuery = z.object({ from: ZLocalDate, to: ZLocalDate });
export const ZDueDateBody = z.object({
  receivedAt: ZInstant,
  workingDays: z.number().optional(),
  workingHours: z.number().min(0).max(8000).optional(),
  agencyId: ZUuid.optional(),
  channel: z.enum(CHANNELS as unknown as [string, ...string[]]).optional(),
}).refine((b) => (b.workingDays === undefined) !== (b.workingHours === undefined), { message: 'give exactly one of workingDays and workingHours', path: ['workingDays'] });
export const ZWorkingTimeBody = z.object({
  from: ZInstant, to: ZInstant,
  excluded: z.array(z.object({ from: ZInstant, to: ZInstant })).max(1000).default([]),
  agencyId: ZUuid.optional(),
});
const ZSourceBody = z.object({ document: z.string().trim().min(1).max(500), issuedOn: ZLocalDate.nullable(), url: z.url().max(1000) });
export const ZScheduleBody = z.object({
  source: ZSourceBody,
  entries: z.array(z.object({ date: ZLocalDate, kind: z.enum(SCHEDULE_ENTRY_KINDS as unknown as [string, ...string[]]), reason: z.string().trim().min(1).max(300), reasonEn: z.string().trim().min(1).max(300), source: ZSourceBody })).max(120),
  version: z.number().int().nullable(),
  note: z.string().max(1000).nullable().optional(),
});
export const ZDeleteScheduleQuery = z.object({ version: z.coerce.number().int(), note: z.string().max(1000).optional() });
const ZClock = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'must be HH:MM');
export const ZHoursBody = z.object({ morningStart: ZClock, morningEnd: ZClock, afternoonStart: ZClock, afternoonEnd: ZClock, sameDayCutoff: ZClock, receiptCutoff: ZClock });
