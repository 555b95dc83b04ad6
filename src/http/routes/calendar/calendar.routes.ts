import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app/app-context.js';
import { computeDueDate } from '../../../app/calendar/compute-due-date.js';
import { computeWorkingTime } from '../../../app/calendar/compute-working-time.js';
import { listCalendarDays } from '../../../app/calendar/list-calendar-days.js';
import { listScheduleRevisions, listSchedules } from '../../../app/calendar/list-schedules.js';
import { loadWorkingCalendar, resolveWorkingHours } from '../../../app/calendar/load-working-calendar.js';
import { deleteSchedule, saveSchedule } from '../../../app/calendar/save-schedule.js';
import { setWorkingHours } from '../../../app/calendar/set-working-hours.js';
import { assertSupportedYear } from '../../../domain/calendar/calendar-error.js';
import { lunarNewYear } from '../../../domain/calendar/lunar.js';
import type { Channel } from '../../../domain/calendar/receipt.js';
import { DomainError } from '../../../domain/errors.js';
import { requireActor, requireRoles } from '../../plugins/authentication.js';
import { formatVietnamInstant, presentDay, presentRevision, presentSchedule, ZDay, ZRevision, ZSchedule } from '../../presenters/calendar.presenter.js';
import { ZError, ZUuid } from '../../schemas.js';
import * as s from './calendar.schema.js';

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The legal working-day calendar: public calculations, and the announced schedules and office hours (PAR agency). */
export const calendarRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const editors = { preHandler: requireRoles('system_admin', 'par_agency') };

  app.get('/api/v1/calendar/lunar-new-year/:year', {
    schema: { tags: ['calendar'], summary: 'Date of Tết (lunar 1/1) of a year, Vietnamese calendar (UTC+7)', params: s.ZYearParams, response: { 200: z.object({ year: z.number(), date: z.string() }), 400: ZError } },
  }, async (request) => {
    assertSupportedYear(request.params.year, 'year');
    return { year: request.params.year, date: lunarNewYear(request.params.year) };
  });

  app.get('/api/v1/calendar/days', {
    schema: { tags: ['calendar'], summary: 'Each day of a range (≤ 800 days): working or not, why, source, lunar date', querystring: s.ZDaysQuery, response: { 200: z.object({ days: z.array(ZDay) }), 400: ZError } },
  }, async (request) => ({ days: (await listCalendarDays(ctx, request.query)).map(presentDay) }));

  app.post('/api/v1/calendar/due-date', {
    schema: { tags: ['calendar'], summary: 'Appointment date for a receipt and a time limit in working days (or working hours)', body: s.ZDueDateBody,
      response: { 200: z.object({ dueDate: z.string(), dueAt: z.string(), session: z.enum(['morning', 'afternoon']), effectiveReceiptDate: z.string().nullable() }), 400: ZError, 404: ZError } },
  }, async (request) => {
    const b = request.body;
    const r = await computeDueDate(ctx, { receivedAt: Date.parse(b.receivedAt), workingDays: b.workingDays, workingHours: b.workingHours, agencyId: b.agencyId, channel: b.channel as Channel | undefined });
    return { dueDate: r.dueDate, dueAt: formatVietnamInstant(r.dueAt), session: r.session, effectiveReceiptDate: r.effectiveReceiptDate };
  });

  app.post('/api/v1/calendar/working-time', {
    schema: { tags: ['calendar'], summary: 'Working minutes and days between two moments, minus excluded intervals', body: s.ZWorkingTimeBody, response: { 200: z.object({ workingMinutes: z.number(), workingDays: z.number() }), 400: ZError } },
  }, async (request) => {
    const b = request.body;
    const [from, to] = [Date.parse(b.from), Date.parse(b.to)];
    if (from > to) throw new DomainError('INVALID_INPUT', '`from` must not be after `to`.', 'Thời điểm bắt đầu không được sau thời điểm kết thúc.', { field: 'from' });
    return computeWorkingTime(ctx, { from, to, excluded: b.excluded.map((x) => ({ from: Date.parse(x.from), to: Date.parse(x.to) })), agencyId: b.agencyId });
  });

  app.get('/api/v1/calendar/schedules', { schema: { tags: ['calendar'], summary: 'Announced schedules by year', response: { 200: z.object({ schedules: z.array(ZSchedule) }) } } },
    async () => ({ schedules: (await listSchedules(ctx)).map(presentSchedule) }));

  app.get('/api/v1/calendar/schedules/:year', { schema: { tags: ['calendar'], summary: 'One year\'s announced schedule', params: s.ZYearParams, response: { 200: ZSchedule, 404: ZError } } }, async (request) => {
    const [schedule] = await listSchedules(ctx, { year: request.params.year });
    if (!schedule) throw new DomainError('NOT_FOUND', `No announced schedule for ${request.params.year}: the statutory rules apply.`, `Chưa có lịch công bố cho năm ${request.params.year}: áp dụng quy định của Bộ luật Lao động.`, { field: 'year' });
    return presentSchedule(schedule);
  });

  app.get('/api/v1/calendar/schedules/:year/revisions', { schema: { tags: ['calendar'], summary: 'History of a year\'s schedule, newest first', params: s.ZYearParams, response: { 200: z.object({ revisions: z.array(ZRevision) }) } } },
    async (request) => ({ revisions: (await listScheduleRevisions(ctx, { year: request.params.year })).map(presentRevision) }));

  app.put('/api/v1/calendar/schedules/:year', { ...editors, schema: { tags: ['calendar'], summary: 'Save a year\'s announced schedule as a new version', params: s.ZYearParams, body: s.ZScheduleBody, response: { 200: ZSchedule, 400: ZError, 403: ZError, 409: ZError } } },
    async (request) => presentSchedule(await saveSchedule(ctx, { actor: requireActor(request), schedule: { year: request.params.year, source: request.body.source, entries: request.body.entries }, expectedVersion: request.body.version, note: request.body.note })));

  app.delete('/api/v1/calendar/schedules/:year', { ...editors, schema: { tags: ['calendar'], summary: 'Remove a year\'s schedule (statutory rules apply again)', params: s.ZYearParams, querystring: s.ZDeleteScheduleQuery, response: { 204: z.null(), 404: ZError, 409: ZError } } },
    async (request, reply) => {
      await deleteSchedule(ctx, { actor: requireActor(request), year: request.params.year, expectedVersion: request.query.version, note: request.query.note });
      return reply.status(204).send(null);
    });

  app.get('/api/v1/calendar/working-hours', {
    schema: { tags: ['calendar'], summary: 'Office hours that apply to an agency (own, inherited or default)', querystring: z.object({ unitId: ZUuid.optional() }),
      response: { 200: z.object({ unitId: z.string().nullable(), fromUnitId: z.string().nullable(), hours: s.ZHoursBody }), 404: ZError } },
  }, async (request) => {
    const { hours, fromUnitId } = await resolveWorkingHours(ctx, await loadWorkingCalendar(ctx), request.query.unitId);
    return { unitId: request.query.unitId ?? null, fromUnitId, hours: { morningStart: clock(hours.morning.start), morningEnd: clock(hours.morning.end), afternoonStart: clock(hours.afternoon.start), afternoonEnd: clock(hours.afternoon.end), sameDayCutoff: clock(hours.sameDayCutoff), receiptCutoff: clock(hours.receiptCutoff) } };
  });

  app.put('/api/v1/calendar/working-hours/:unitId', { ...editors, schema: { tags: ['calendar'], summary: 'Set an agency\'s office hours', params: z.object({ unitId: ZUuid }), body: s.ZHoursBody, response: { 204: z.null(), 400: ZError, 403: ZError, 404: ZError } } },
    async (request, reply) => {
      await setWorkingHours(ctx, { actor: requireActor(request), unitId: request.params.unitId, hours: request.body });
      return reply.status(204).send(null);
    });

  app.delete('/api/v1/calendar/working-hours/:unitId', { ...editors, schema: { tags: ['calendar'], summary: 'Remove an agency\'s own office hours (it inherits again)', params: z.object({ unitId: ZUuid }), response: { 204: z.null(), 403: ZError, 404: ZError } } },
    async (request, reply) => {
      await setWorkingHours(ctx, { actor: requireActor(request), unitId: request.params.unitId, hours: null });
      return reply.status(204).send(null);
    });
};
