import { Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import type { LocalDate } from '../../../api/types';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { formatMonth, todayInProvince } from '../../i18n/utils/format-date';
import { useCalendarParams } from '../hooks/use-calendar-params';
import { useCalendarYear } from '../hooks/use-calendar-year';
import type { YearMonth } from '../utils/calendar-dates';
import { monthOf, yearOf } from '../utils/calendar-dates';
import { CalendarToolbar } from './calendar-toolbar';
import { DayDetails } from './day-details';
import { KindLegend } from './kind-legend';
import { MonthGrid } from './month-grid';
import { YearOverview } from './year-overview';

/** The working calendar: a month (or the whole year) of days with lunar dates and kinds; the chosen day's details. */
export function CalendarBrowser() {
  const { t, lang } = useI18n();
  const errorText = useErrorText();
  const [params, update] = useCalendarParams();
  const year = yearOf(params.month);
  const loaded = useCalendarYear(year);
  // Right after a move to another year the previous year's days are still held for one render: never show them.
  const days = { ...loaded, data: loaded.data?.has(`${year}-01-01`) ? loaded.data : undefined };
  const today = todayInProvince();
  const selected = params.day && monthOf(params.day) === params.month ? params.day : undefined;
  const monthDays = days.data ? [...days.data.values()].filter((day) => day.date.startsWith(params.month)) : [];

  const goToDay = (date: LocalDate, replace = false) => update({ month: monthOf(date), day: date }, { replace });
  const openMonth = (month: YearMonth, date?: LocalDate) => update({ month, day: date, view: 'month' });

  return (
    <Card>
      <CalendarToolbar month={params.month} view={params.view} onMonth={(month) => update({ month, day: undefined })}
        onView={(view) => update({ view })} onDay={(date) => update({ month: monthOf(date), day: date, view: 'month' })} />
      <h2 id="calendar-heading" className="cchc-calendar-heading" aria-live="polite">
        {params.view === 'year' ? t('calendar.yearTitle', { year }) : formatMonth(params.month, lang)}
      </h2>
      {days.error !== undefined && <ErrorAlert message={errorText(days.error)} retry={{ label: t('common.retry'), onClick: days.reload }} />}
      {!days.data ? (
        days.loading && <Skeleton active paragraph={{ rows: 8 }} />
      ) : params.view === 'year' ? (
        <YearOverview year={year} days={days.data} today={today} onOpen={openMonth} />
      ) : (
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={16}>
            <Typography.Paragraph type="secondary" data-testid="calendar-month-summary">
              {t('calendar.monthSummary', { count: monthDays.filter((day) => day.working).length, total: monthDays.length })}
            </Typography.Paragraph>
            <MonthGrid month={params.month} days={days.data} selected={selected} today={today}
              labelledBy="calendar-heading" describedBy="calendar-grid-keys" onSelect={(date) => goToDay(date, true)} />
            <Typography.Paragraph id="calendar-grid-keys" type="secondary" style={{ fontSize: 13, marginTop: 8 }}>
              {t('calendar.gridKeys')}
            </Typography.Paragraph>
          </Col>
          <Col xs={24} xl={8}>
            <Flex vertical gap={16} className="cchc-calendar-side">
              <DayDetails date={selected} day={selected ? days.data.get(selected) : undefined} />
              <KindLegend />
            </Flex>
          </Col>
        </Row>
      )}
    </Card>
  );
}
