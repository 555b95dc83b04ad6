import type { KeyboardEvent } from 'react';
import { useEffect, useRef } from 'react';
import type { LocalDate } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { formatWeekday } from '../../i18n/utils/format-date';
import type { DayMap } from '../hooks/use-calendar-year';
import type { YearMonth } from '../utils/calendar-dates';
import { monthOf, monthWeeks, sameDayIn, shiftDate, shiftMonth, weekdayIndex } from '../utils/calendar-dates';
import { DayCell } from './day-cell';

export type MonthGridProps = {
  month: YearMonth;
  days: DayMap;
  selected?: LocalDate;
  today: LocalDate;
  /** Id of the heading that names the month. */
  labelledBy: string;
  /** Id of the text that explains the keys. */
  describedBy: string;
  /** A day chosen by click, focus or keyboard (possibly in another month: PageUp, arrows past the edge). */
  onSelect: (date: LocalDate) => void;
};

/** A Monday-first week starting on 2024-01-01 (a Monday), for the column headers. */
const WEEK = Array.from({ length: 7 }, (_, index) => `2024-01-0${index + 1}`);

/** Where a key moves the focus from `date`; undefined for keys the grid does not handle. */
function target(key: string, date: LocalDate): LocalDate | undefined {
  switch (key) {
    case 'ArrowLeft': return shiftDate(date, -1);
    case 'ArrowRight': return shiftDate(date, 1);
    case 'ArrowUp': return shiftDate(date, -7);
    case 'ArrowDown': return shiftDate(date, 7);
    case 'Home': return shiftDate(date, -weekdayIndex(date));
    case 'End': return shiftDate(date, 6 - weekdayIndex(date));
    case 'PageUp': return sameDayIn(shiftMonth(monthOf(date), -1), date);
    case 'PageDown': return sameDayIn(shiftMonth(monthOf(date), 1), date);
    default: return undefined;
  }
}

/**
 * Set by a key that moved to another day; read after the next render, also by a grid mounted anew (a move into
 * another year unmounts the grid while that year loads), so the focus follows the keyboard.
 */
let pendingFocus = false;

/** The month as an ARIA grid: one Tab stop, arrows between days, PageUp/PageDown between months. */
export function MonthGrid({ month, days, selected, today, labelledBy, describedBy, onSelect }: MonthGridProps) {
  const { lang } = useI18n();
  const table = useRef<HTMLTableElement>(null);
  const inMonth = (date?: LocalDate) => Boolean(date && monthOf(date) === month);
  const tabbable = inMonth(selected) ? selected : inMonth(today) ? today : `${month}-01`;

  useEffect(() => {
    if (!pendingFocus) return;
    pendingFocus = false;
    table.current?.querySelector<HTMLElement>(`[data-date="${tabbable}"]`)?.focus();
  }, [tabbable, month]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableCellElement>, date: LocalDate) => {
    const next = target(event.key, date);
    if (!next || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    // Same month: the cell is on screen, focus it now (its focus selects it). Another month: after it renders.
    const cell = monthOf(next) === month ? table.current?.querySelector<HTMLElement>(`[data-date="${next}"]`) : null;
    if (cell) { cell.focus(); return; }
    pendingFocus = true;
    onSelect(next);
  };

  return (
    <table ref={table} role="grid" className="cchc-month" aria-labelledby={labelledBy} aria-describedby={describedBy}
      data-testid="calendar-month" data-month={month}>
      <thead>
        <tr>
          {WEEK.map((date) => (
            <th key={date} scope="col">
              <span aria-hidden="true">{formatWeekday(date, lang, lang === 'vi' ? 'narrow' : 'short')}</span>
              <span className="cchc-sr-only">{formatWeekday(date, lang)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week) => (
          <tr key={week.find(Boolean)}>
            {week.map((date, index) => (date
              ? <DayCell key={date} date={date} day={days.get(date)} selected={date === selected} today={date === today}
                  tabbable={date === tabbable} onSelect={onSelect} onKeyDown={onKeyDown} />
              : <td key={`blank-${index}`} className="cchc-day-blank" aria-hidden="true" />))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
