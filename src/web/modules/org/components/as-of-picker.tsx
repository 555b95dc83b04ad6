import { Button, DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import type { LocalDate } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { todayInProvince } from '../../i18n/utils/format-date';

/** Typed dates are read in any of these; the first is how the picker shows the date. */
const DATE_FORMATS = ['DD/MM/YYYY', 'D/M/YYYY', 'YYYY-MM-DD', 'DD-MM-YYYY', 'DD.MM.YYYY'];

/** The two sides of the 1 July 2025 reorganisation (two-tier local government). */
const REFORM_DATES: readonly LocalDate[] = ['2025-06-30', '2025-07-01'];

/** "Valid on" date: a labelled picker (type or choose) and quick buttons for the 2025 reform and today. */
export function AsOfPicker({ value, onChange }: { value: LocalDate; onChange: (date: LocalDate) => void }) {
  const { t, formatDate } = useI18n();
  const today = todayInProvince();
  return (
    <Flex vertical gap={4}>
      <label htmlFor="org-asof-input" className="cchc-field-label">{t('org.asOf')}</label>
      <Flex gap={8} wrap align="center">
        <DatePicker
          id="org-asof-input"
          data-testid="org-asof"
          aria-describedby="org-asof-help"
          value={dayjs(value)}
          format={DATE_FORMATS}
          allowClear={false}
          placeholder={t('org.asOfPlaceholder')}
          onChange={(date) => { if (date?.isValid()) onChange(date.format('YYYY-MM-DD')); }}
        />
        <Flex gap={4} wrap role="group" aria-label={t('org.reformGroup')}>
          {REFORM_DATES.map((date) => (
            <Button key={date} data-testid={`org-asof-${date}`} aria-pressed={value === date}
              type={value === date ? 'primary' : 'default'} onClick={() => onChange(date)}>
              {formatDate(date)}
            </Button>
          ))}
          <Button aria-pressed={value === today} type={value === today ? 'primary' : 'default'} onClick={() => onChange(today)}>
            {t('org.today')}
          </Button>
        </Flex>
      </Flex>
      <Typography.Text id="org-asof-help" type="secondary" style={{ fontSize: 13 }}>{t('org.reformHint')}</Typography.Text>
    </Flex>
  );
}
