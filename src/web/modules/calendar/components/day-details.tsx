import { Flex, Tag, Typography } from 'antd';
import type { CalendarDay, LocalDate } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { formatWeekday } from '../../i18n/utils/format-date';
import { isSpecialKind, kindClass, reasonIn } from '../utils/day-kinds';
import { SourceLink } from './source-link';

export type DayDetailsProps = { date?: LocalDate; day?: CalendarDay };

/** The chosen day: weekday, date, lunar date, kind, and for a special day its reason and the document that set it. */
export function DayDetails({ date, day }: DayDetailsProps) {
  const { t, lang, formatDate } = useI18n();
  return (
    <section aria-labelledby="calendar-day-title" data-testid="calendar-day-details">
      <h2 id="calendar-day-title" className="cchc-card-title">
        {date ? `${formatWeekday(date, lang)}, ${formatDate(date)}` : t('calendar.details')}
      </h2>
      {!date || !day ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>{t('calendar.pickDay')}</Typography.Paragraph>
      ) : (
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          <Typography.Text>
            {t('calendar.lunar', { lunar: day.lunar })}{day.lunarLeap && ` (${t('calendar.leap')})`}
          </Typography.Text>
          <Flex gap={4} wrap>
            <Tag className={`cchc-kind-tag ${kindClass(day.kind)}`}>{t(`calendar.kind.${day.kind}`)}</Tag>
            <Tag color={day.working ? 'blue' : 'default'}>{day.working ? t('calendar.working') : t('calendar.notWorking')}</Tag>
          </Flex>
          {isSpecialKind(day.kind) ? (
            <>
              <div data-testid="calendar-day-reason">
                <Typography.Text strong>{t('calendar.reason')}: </Typography.Text>
                <span lang={lang === 'en' && day.reasonEn ? 'en' : 'vi'}>{reasonIn(day, lang) ?? t('common.none')}</span>
              </div>
              <div>
                <Typography.Text strong>{t('calendar.source')}: </Typography.Text>
                {day.source ? <SourceLink source={day.source} testId="calendar-day-source" /> : t('common.none')}
              </div>
            </>
          ) : (
            <Typography.Text type="secondary">
              {day.kind === 'working_day' ? t('calendar.ordinaryWorking') : t('calendar.ordinaryRest')}
            </Typography.Text>
          )}
        </Flex>
      )}
    </section>
  );
}
