import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Segmented, Tooltip } from 'antd';
import type { LocalDate } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { todayInProvince } from '../../i18n/utils/format-date';
import type { CalendarView } from '../hooks/use-calendar-params';
import { useLunarNewYear } from '../hooks/use-lunar-new-year';
import type { YearMonth } from '../utils/calendar-dates';
import { YEAR_MONTH, monthOf, shiftMonth, yearOf } from '../utils/calendar-dates';

export type CalendarToolbarProps = {
  month: YearMonth;
  view: CalendarView;
  onMonth: (month: YearMonth) => void;
  onView: (view: CalendarView) => void;
  /** Go to a day (its month, the day selected). */
  onDay: (date: LocalDate) => void;
};

/** Previous / next (month or year), a month input, this month, Tết of the shown year, month / year view. */
export function CalendarToolbar({ month, view, onMonth, onView, onDay }: CalendarToolbarProps) {
  const { t, formatDate } = useI18n();
  const year = yearOf(month);
  const tet = useLunarNewYear(year);
  const step = view === 'year' ? 12 : 1;
  const today = todayInProvince();
  const tetHint = tet.data ? t('calendar.tetHint', { year, date: formatDate(tet.data) }) : t('common.loading');
  return (
    <Flex gap={12} wrap align="flex-end" justify="space-between">
      <Flex gap={8} wrap align="flex-end" role="group" aria-label={t('calendar.navigation')}>
        <Button data-testid="calendar-prev" icon={<LeftOutlined aria-hidden />} onClick={() => onMonth(shiftMonth(month, -step))}
          aria-label={view === 'year' ? t('calendar.prevYear') : t('calendar.prevMonth')} />
        <Flex vertical gap={4}>
          <label htmlFor="calendar-month-input" className="cchc-field-label">{t('calendar.month')}</label>
          <Input id="calendar-month-input" type="month" data-testid="calendar-month-picker" value={month}
            min="1900-01" max="2199-12" style={{ width: 180 }}
            onChange={(event) => { if (YEAR_MONTH.test(event.target.value)) onMonth(event.target.value); }} />
        </Flex>
        <Button data-testid="calendar-next" icon={<RightOutlined aria-hidden />} onClick={() => onMonth(shiftMonth(month, step))}
          aria-label={view === 'year' ? t('calendar.nextYear') : t('calendar.nextMonth')} />
        <Button onClick={() => onDay(today)} aria-pressed={month === monthOf(today)}>{t('calendar.thisMonth')}</Button>
        <Tooltip title={tetHint}>
          <Button data-testid="calendar-tet" disabled={!tet.data} loading={tet.loading} aria-describedby="calendar-tet-hint"
            onClick={() => { if (tet.data) onDay(tet.data); }}>
            {t('calendar.tet', { year })}
          </Button>
        </Tooltip>
        <span id="calendar-tet-hint" className="cchc-sr-only">{tetHint}</span>
      </Flex>
      <Segmented<CalendarView>
        aria-label={t('calendar.view')}
        data-testid="calendar-view"
        value={view}
        onChange={onView}
        options={[{ value: 'month', label: t('calendar.viewMonth') }, { value: 'year', label: t('calendar.viewYear') }]}
      />
    </Flex>
  );
}
