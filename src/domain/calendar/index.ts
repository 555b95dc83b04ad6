/** The working-day calendar: public API. */
export * from './announced-schedule.js';
export * from './calendar-error.js';
export * from './due-at-working-hours.js';
export * from './due-date.js';
export * from '../shared/local-date.js';
export * from './lunar.js';
export { CHANNELS, type Channel } from './receipt.js';
export * from './statutory-holidays.js';
export * from './working-calendar.js';
export * from './working-hours.js';
export * from './working-time.js';
