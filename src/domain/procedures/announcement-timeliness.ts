import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { LocalDate } from '../shared/local-date.js';
import type { ProcedureLevel, ProcedureVersion } from './procedure-types.js';

/** Who announces: a ministry (central procedures) or a provincial People's Committee chair (all local ones). */
export type AnnouncingLevel = 'ministry' | 'province';

/** Working days before the effective date by which the announcing decision is due (Decision 766/QĐ-TTg index 1.1; Decree 63/2010/ND-CP Art. 15). */
export const ANNOUNCE_LEAD_WORKING_DAYS: Record<AnnouncingLevel, number> = { ministry: 20, province: 5 };
/** Working days after the decision by which it is published in the National TTHC Database (Decision 766/QĐ-TTg index 1.2). */
export const PUBLISH_LAG_WORKING_DAYS: Record<AnnouncingLevel, number> = { ministry: 10, province: 5 };

export type Timeliness = { status: 'on_time' | 'late' | 'pending'; deadline: LocalDate };

/** A central procedure is announced by its ministry; every local one by the province (Decree 63/2010/ND-CP Art. 15). */
export function announcingLevelOf(level: ProcedureLevel): AnnouncingLevel {
  return level === 'central' ? 'ministry' : 'province';
}

/**
 * "Announced on time" (Decision 766/QĐ-TTg index 1.1): the announcing decision is dated no later than the effective
 * date minus 5 working days (province) or 20 working days (ministry), counted on the legal working calendar.
 */
export function announcedOnTime(o: { decisionOn: LocalDate; effectiveOn: LocalDate; level: AnnouncingLevel; calendar: WorkingCalendar }): Timeliness {
  const deadline = o.calendar.addWorkingDays(o.effectiveOn, -ANNOUNCE_LEAD_WORKING_DAYS[o.level]);
  return { status: o.decisionOn <= deadline ? 'on_time' : 'late', deadline };
}

/**
 * "Published on time" (Decision 766/QĐ-TTg index 1.2): published in the National TTHC Database no later than 5 working
 * days (province) or 10 working days (ministry) after the decision; not yet published is 'pending' until the deadline
 * passes (then 'late'), judged on `asOf`.
 */
export function publishedOnTime(o: { decisionOn: LocalDate; publishedOn: LocalDate | null; level: AnnouncingLevel; calendar: WorkingCalendar; asOf: LocalDate }): Timeliness {
  const deadline = o.calendar.addWorkingDays(o.decisionOn, PUBLISH_LAG_WORKING_DAYS[o.level]);
  if (o.publishedOn === null) return { status: o.asOf > deadline ? 'late' : 'pending', deadline };
  return { status: o.publishedOn <= deadline ? 'on_time' : 'late', deadline };
}

/** Both Decision 766 timeliness rules for one version (null when it records no announcing decision). */
export function versionTimeliness(version: ProcedureVersion, calendar: WorkingCalendar, asOf: LocalDate): { announced: Timeliness; published: Timeliness } | null {
  const decision = version.announcingDecision;
  if (!decision) return null;
  const level = announcingLevelOf(version.level);
  return {
    announced: announcedOnTime({ decisionOn: decision.issuedOn, effectiveOn: version.validFrom, level, calendar }),
    published: publishedOnTime({ decisionOn: decision.issuedOn, publishedOn: decision.publishedOn, level, calendar, asOf }),
  };
}
