import { Button, Typography } from 'antd';
import type { LocalDate } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { formatMonth } from '../../i18n/utils/format-date';
import type { DayMap } from '../hooks/use-calendar-year';
import type { YearMonth } from '../utils/calendar-dates';
import { monthWeeks, monthsOfYear } from '../utils/calendar-dates';
import { isSpecialKind, kindClass, reasonIn } from '../utils/day-kinds';

export type YearOverviewProps = { year: number; days: DayMap; today: LocalDate; onOpen: (month: YearMonth, date?: LocalDate) => void };

/** The twelve months of a year side by side, to see at a glance where the holidays and make-up days fall. */
export function YearOverview({ year, days, today, onOpen }: YearOverviewProps) {
  return (
    <div className="cchc-year-grid" data-testid="calendar-year">
      {monthsOfYear(year).map((month) => <MiniMonth key={month} month={month} days={days} today={today} onOpen={onOpen} />)}
    </div>
  );
}

type MiniMonthProps = { month: YearMonth; days: DayMap; today: LocalDate; onOpen: (month: YearMonth, date?: LocalDate) => void };

/**
 * A small month of the year overview: coloured days (a picture for the eye, hidden from screen readers), the number
 * of working days, and the special days as a list screen readers can read. The month name opens the month view.
 */
function MiniMonth({ month, days, today, onOpen }: MiniMonthProps) {
  const { t, lang, formatDate } = useI18n();
  const dates = [...days.values()].filter((day) => day.date.startsWith(month));
  const working = dates.filter((day) => day.working).length;
  const special = dates.filter((day) => isSpecialKind(day.kind));
  return (
    <section className="cchc-mini-month" aria-labelledby={`calendar-mini-${month}`} data-testid={`calendar-year-month-${month}`}>
      <h3 className="cchc-mini-title">
        <Button id={`calendar-mini-${month}`} type="link" onClick={() => onOpen(month)}>{formatMonth(month, lang, false)}</Button>
      </h3>
      <Typography.Text type="secondary" className="cchc-mini-count">{t('calendar.workingDaysCount', { count: working })}</Typography.Text>
      <table className="cchc-mini-grid" aria-hidden="true">
        <tbody>
          {monthWeeks(month).map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((date, index) => {
                const day = date ? days.get(date) : undefined;
                if (!date) return <td key={`blank-${index}`} />;
                const title = [formatDate(date), day && t(`calendar.kind.${day.kind}`), day && reasonIn(day, lang)].filter(Boolean).join(' — ');
                return (
                  <td key={date} title={title} data-kind={day?.kind} onClick={() => onOpen(month, date)}
                    className={`${day ? kindClass(day.kind) : ''}${date === today ? ' cchc-day-today' : ''}`}>
                    {Number(date.slice(8, 10))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {special.length > 0 && (
        <ul className="cchc-sr-only">
          {special.map((day) => <li key={day.date}>{`${formatDate(day.date)}: ${t(`calendar.kind.${day.kind}`)} — ${reasonIn(day, lang) ?? ''}`}</li>)}
        </ul>
      )}
    </section>
  );
}
