import { EditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { useSession } from '../modules/auth/hooks/use-session';
import { CalendarBrowser } from '../modules/calendar/components/calendar-browser';
import { DueDateCard } from '../modules/calendar/components/due-date-card';
import { useI18n } from '../modules/i18n/hooks/use-i18n';
import { CALENDAR_EDITORS } from '../modules/shell/utils/module-catalogue';
import { PageHeader } from '../ui/page-header';

/** /calendar — Lịch làm việc: working days, holidays and lunar dates, and the due-date calculator; public. */
export function CalendarPage() {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('module.calendar.title')} description={t('calendar.lead')}
        extra={CALENDAR_EDITORS.some(hasRole) && (
          <Button icon={<EditOutlined aria-hidden />} onClick={() => navigate('/calendar/schedules')}>{t('calendar.editSchedules')}</Button>
        )} />
      <CalendarBrowser />
      <DueDateCard />
    </>
  );
}
