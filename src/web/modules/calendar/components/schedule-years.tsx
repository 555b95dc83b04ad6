import { Button, Flex, InputNumber, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { Link } from 'react-router';
import { listSchedules } from '../../../api/calendar';
import type { Schedule } from '../../../api/types';
import { useApi } from '../../../api/use-api';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { todayInProvince } from '../../i18n/utils/format-date';
import { SourceLink } from './source-link';

type Row = { year: number; schedule?: Schedule };

/** The years with an announced schedule, and the years around this one that have none (the Labour Code applies). */
export function ScheduleYears({ onOpen }: { onOpen: (year: number) => void }) {
  const { t, formatDateTime } = useI18n();
  const errorText = useErrorText();
  const schedules = useApi((signal) => listSchedules(signal), []);
  const [other, setOther] = useState<number | null>(null);
  const thisYear = Number(todayInProvince().slice(0, 4));
  const years = new Set([thisYear - 1, thisYear, thisYear + 1, ...(schedules.data?.schedules ?? []).map((s) => s.year)]);
  const rows: Row[] = [...years].sort((a, b) => b - a)
    .map((year) => ({ year, schedule: schedules.data?.schedules.find((s) => s.year === year) }));

  return (
    <>
      {schedules.error !== undefined && <ErrorAlert message={errorText(schedules.error)} retry={{ label: t('common.retry'), onClick: schedules.reload }} />}
      <Table<Row>
        rowKey="year"
        loading={schedules.loading}
        dataSource={schedules.data ? rows : []}
        pagination={false}
        scroll={{ x: 900 }}
        onRow={(row) => ({ 'data-testid': `schedule-row-${row.year}` } as HTMLAttributes<HTMLElement>)}
        columns={[
          { key: 'year', title: t('schedules.year'), width: 90, render: (_, row) => <Link to={`?year=${row.year}`}><strong>{row.year}</strong></Link> },
          {
            key: 'source', title: t('schedules.source'),
            render: (_, row) => row.schedule ? <SourceLink source={row.schedule.source} />
              : <Typography.Text type="secondary" data-testid={`schedule-statutory-${row.year}`}>{t('schedules.statutory')}</Typography.Text>,
          },
          { key: 'version', title: t('schedules.version'), width: 100, render: (_, row) => row.schedule?.version ?? '—' },
          {
            key: 'updated', title: t('schedules.updated'), width: 220,
            render: (_, row) => row.schedule ? t('schedules.updatedBy', { name: row.schedule.updatedByName ?? t('history.system'), at: formatDateTime(row.schedule.updatedAt) }) : '—',
          },
          { key: 'count', title: t('schedules.entryCount'), width: 120, render: (_, row) => row.schedule?.entries.length ?? '—' },
          {
            key: 'actions', title: t('common.actions'), width: 140,
            render: (_, row) => (
              <Button size="small" onClick={() => onOpen(row.year)} data-testid={`schedule-open-${row.year}`}
                aria-label={t(row.schedule ? 'schedules.openYear' : 'schedules.createYear', { year: row.year })}>
                {row.schedule ? t('schedules.open') : t('schedules.create')}
              </Button>
            ),
          },
        ]}
      />
      <Flex gap={8} align="flex-end" wrap style={{ marginTop: 16 }}>
        <Flex vertical gap={4}>
          <label htmlFor="schedule-other-year" className="cchc-field-label">{t('schedules.otherYear')}</label>
          <InputNumber id="schedule-other-year" min={1900} max={2199} value={other} onChange={setOther} style={{ width: 140 }}
            onPressEnter={() => { if (other) onOpen(other); }} aria-describedby="schedule-other-year-hint" />
        </Flex>
        <Button disabled={!other} onClick={() => { if (other) onOpen(other); }}>{t('schedules.open')}</Button>
        <Typography.Text id="schedule-other-year-hint" type="secondary">{t('schedules.yearRange')}</Typography.Text>
      </Flex>
    </>
  );
}
