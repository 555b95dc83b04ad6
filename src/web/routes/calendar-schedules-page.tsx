import { Card, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { ScheduleEditor } from '../modules/calendar/components/schedule-editor';
import { ScheduleYears } from '../modules/calendar/components/schedule-years';
import { WorkingHoursPanel } from '../modules/calendar/components/working-hours-panel';
import { useI18n } from '../modules/i18n/hooks/use-i18n';
import { PageHeader } from '../ui/page-header';

type Tab = 'schedules' | 'hours';

/**
 * /calendar/schedules — the announced holiday schedules by year (?year= opens one) and office hours by unit
 * (?tab=hours); for the PAR standing agency and administrators.
 */
export function CalendarSchedulesPage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const tab: Tab = search.get('tab') === 'hours' ? 'hours' : 'schedules';
  const yearParam = Number(search.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 1900 && yearParam <= 2199 ? yearParam : undefined;
  const go = (next: { tab?: Tab; year?: number }) => {
    const params = new URLSearchParams();
    if (next.tab === 'hours') params.set('tab', 'hours');
    if (next.year) params.set('year', String(next.year));
    setSearch(params);
  };

  return (
    <>
      <PageHeader title={t('module.calendarSchedules.title')} description={t('schedules.lead')} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => go({ tab: key as Tab })}
          items={[
            {
              key: 'schedules', label: <span data-testid="schedules-tab">{t('schedules.tabYears')}</span>,
              children: year ? <ScheduleEditor key={year} year={year} onBack={() => go({})} /> : <ScheduleYears onOpen={(open) => go({ year: open })} />,
            },
            { key: 'hours', label: <span data-testid="hours-tab">{t('schedules.tabHours')}</span>, children: <WorkingHoursPanel /> },
          ]}
        />
      </Card>
    </>
  );
}
