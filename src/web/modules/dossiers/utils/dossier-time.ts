import type { DossierSummary } from '../../../api/types';
import { formatClock, formatLocalDate, todayInProvince } from '../../i18n/utils/format-date';
import type { Lang } from '../../i18n/utils/language';

/** An instant (ISO or epoch ms) as "dd/mm/yyyy hh:mm" in province time — appointments need no seconds. */
export function formatAppointment(value: string | number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return `${formatLocalDate(todayInProvince(date), lang)} ${formatClock(date.toISOString(), lang)}`;
}

/** The appointment that holds now: the re-dated one after an approved apology, else the one in force. */
export const appointmentOf = (d: Pick<DossierSummary, 'dueAt' | 'extendedDueAt'>): string | null => d.extendedDueAt ?? d.dueAt;

/** A province calendar date and clock time of an instant, for date and time inputs. */
export function provinceParts(value: string | number): { date: string; time: string } {
  const date = new Date(value);
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
  return { date: todayInProvince(date), time };
}
