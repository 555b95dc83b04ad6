import type { FocusEvent, KeyboardEvent } from 'react';
import type { CalendarDay, LocalDate } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { formatWeekday } from '../../i18n/utils/format-date';
import { isLunarMonthStart, isSpecialKind, kindClass, reasonIn } from '../utils/day-kinds';

export type DayCellProps = {
  date: LocalDate;
  day: CalendarDay | undefined;
  selected: boolean;
  today: boolean;
  /** The one cell of the grid reachable with Tab (roving tabindex). */
  tabbable: boolean;
  onSelect: (date: LocalDate) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTableCellElement>, date: LocalDate) => void;
};

/** One day of the month grid: solar day, lunar day ("1/3" in bold on a lunar month's first day), kind by colour and word. */
export function DayCell({ date, day, selected, today, tabbable, onSelect, onKeyDown }: DayCellProps) {
  const { t, lang, formatDate } = useI18n();
  const kind = day?.kind;
  const leap = day?.lunarLeap ? ` (${t('calendar.leap')})` : '';
  const label = [
    `${formatWeekday(date, lang)}, ${formatDate(date)}`,
    day && `${t('calendar.lunar', { lunar: day.lunar })}${leap}`,
    kind && t(`calendar.kind.${kind}`),
    day && isSpecialKind(day.kind) && reasonIn(day, lang),
    today && t('calendar.today'),
  ].filter(Boolean).join('; ');
  const classes = ['cchc-day', kind && kindClass(kind), selected && 'cchc-day-selected', today && 'cchc-day-today'];
  return (
    <td
      role="gridcell"
      tabIndex={tabbable ? 0 : -1}
      aria-selected={selected}
      aria-current={today ? 'date' : undefined}
      aria-label={label}
      data-testid={`calendar-day-${date}`}
      data-date={date}
      data-kind={kind}
      data-working={day ? String(day.working) : undefined}
      className={classes.filter(Boolean).join(' ')}
      onClick={() => onSelect(date)}
      onFocus={(event: FocusEvent) => { if (event.target === event.currentTarget && !selected) onSelect(date); }}
      onKeyDown={(event) => onKeyDown(event, date)}
    >
      <span className="cchc-day-solar" aria-hidden="true">{Number(date.slice(8, 10))}</span>
      {day && (
        <span className={`cchc-day-lunar${isLunarMonthStart(day.lunar) ? ' cchc-day-lunar-first' : ''}`} aria-hidden="true">
          {day.lunar}{leap}
        </span>
      )}
      {kind && isSpecialKind(kind) && <span className="cchc-day-tag" aria-hidden="true">{t(`calendar.short.${kind}`)}</span>}
    </td>
  );
}
