import { CalendarOutlined } from '@ant-design/icons';
import { Alert, Typography } from 'antd';
import { Link } from 'react-router';
import type { DueDate, LocalDate } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { formatClock, formatWeekday } from '../../i18n/utils/format-date';

/** What the officer asked, to repeat it beside the answer. */
export type DueRequest = { date: LocalDate; time: string; unit: 'days' | 'hours'; limit: number };

/** The appointment: weekday, date, session and time; and the day the dossier counts as received when not that day. */
export function DueDateResult({ request, due }: { request: DueRequest; due: DueDate }) {
  const { t, lang, formatDate } = useI18n();
  const day = (date: LocalDate) => `${formatWeekday(date, lang)}, ${formatDate(date)}`;
  const limit = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(request.limit);
  const shifted = due.effectiveReceiptDate && due.effectiveReceiptDate !== request.date;
  return (
    <Alert
      type="success"
      showIcon
      icon={<CalendarOutlined aria-hidden />}
      data-testid="due-result"
      title={<Typography.Text strong>{t('due.resultTitle')}</Typography.Text>}
      description={
        <>
          <p className="cchc-due-answer" data-testid="due-result-line">
            {t('due.resultLine', { day: day(due.dueDate), session: t(`due.session.${due.session}`), time: formatClock(due.dueAt, lang) })}
          </p>
          <p style={{ margin: 0 }}>
            {t('due.receivedSummary', {
              day: day(request.date), time: request.time,
              limit: t(request.unit === 'days' ? 'due.limitDays' : 'due.limitHours', { count: limit }),
            })}
          </p>
          {shifted && (
            <p style={{ margin: '4px 0 0' }} data-testid="due-effective-receipt">
              {t('due.effectiveReceipt', { day: day(due.effectiveReceiptDate!) })}
            </p>
          )}
          <Link to={`/calendar?month=${due.dueDate.slice(0, 7)}&day=${due.dueDate}`}>{t('due.showOnCalendar')}</Link>
        </>
      }
    />
  );
}
