import { apiFetch } from './client';
import type { CalendarDay, DueDate, LocalDate, Schedule, ScheduleEntry, ScheduleRevision, ScheduleSource, WorkingHours } from './types';

/** Each day of a range (both inclusive, at most 800 days): working or not, why, source, lunar date. Public. */
export const listCalendarDays = (from: LocalDate, to: LocalDate, signal?: AbortSignal) =>
  apiFetch<{ days: CalendarDay[] }>('/calendar/days', { query: { from, to }, signal });

/** The date of Tết (lunar 1/1) in `year`. Public. */
export const getLunarNewYear = (year: number, signal?: AbortSignal) =>
  apiFetch<{ year: number; date: LocalDate }>(`/calendar/lunar-new-year/${year}`, { signal });

/** Exactly one of `workingDays` (multiple of 0.5) and `workingHours`. */
export type DueDateBody = { receivedAt: string; workingDays?: number; workingHours?: number; agencyId?: string };

/** The appointment date for a receipt and a time limit. Public. */
export const computeDueDate = (body: DueDateBody) =>
  apiFetch<DueDate>('/calendar/due-date', { method: 'POST', body });

/** Every year that has an announced schedule. */
export const listSchedules = (signal?: AbortSignal) =>
  apiFetch<{ schedules: Schedule[] }>('/calendar/schedules', { signal });

/** One year's schedule; 404 when there is none (the Labour Code's rules apply). */
export const getSchedule = (year: number, signal?: AbortSignal) =>
  apiFetch<Schedule>(`/calendar/schedules/${year}`, { signal });

/** `version` is the one the editor loaded, null to create the year's first schedule; 409 when it is stale. */
export type SaveScheduleBody = { source: ScheduleSource; entries: ScheduleEntry[]; version: number | null; note?: string | null };

export const saveSchedule = (year: number, body: SaveScheduleBody) =>
  apiFetch<Schedule>(`/calendar/schedules/${year}`, { method: 'PUT', body });

export const deleteSchedule = (year: number, version: number) =>
  apiFetch<void>(`/calendar/schedules/${year}`, { method: 'DELETE', query: { version } });

/** A year's revisions, newest first. */
export const listScheduleRevisions = (year: number, signal?: AbortSignal) =>
  apiFetch<{ revisions: ScheduleRevision[] }>(`/calendar/schedules/${year}/revisions`, { signal });

/** `fromUnitId`: the unit whose own hours apply (itself or an ancestor), null for the province default. */
export type EffectiveHours = { unitId: string | null; fromUnitId: string | null; hours: WorkingHours };

export const getWorkingHours = (unitId: string | undefined, signal?: AbortSignal) =>
  apiFetch<EffectiveHours>('/calendar/working-hours', { query: { unitId }, signal });

export const setWorkingHours = (unitId: string, hours: WorkingHours) =>
  apiFetch<void>(`/calendar/working-hours/${encodeURIComponent(unitId)}`, { method: 'PUT', body: hours });

export const removeWorkingHours = (unitId: string) =>
  apiFetch<void>(`/calendar/working-hours/${encodeURIComponent(unitId)}`, { method: 'DELETE' });
