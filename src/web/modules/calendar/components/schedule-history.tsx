import { DiffOutlined } from '@ant-design/icons';
import { Button, Table, Tag } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { listScheduleRevisions } from '../../../api/calendar';
import type { Schedule, ScheduleRevision } from '../../../api/types';
import { useApi } from '../../../api/use-api';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { RevisionCompare } from './revision-compare';

const ACTION_COLOR: Record<ScheduleRevision['action'], string> = { seeded: 'default', created: 'green', updated: 'blue', deleted: 'red' };

export type ScheduleHistoryProps = { year: number; current: Schedule | null; refreshKey: number };

/** Every saved version of the year, newest first; any of them can be set beside the current schedule. */
export function ScheduleHistory({ year, current, refreshKey }: ScheduleHistoryProps) {
  const { t, formatDateTime } = useI18n();
  const errorText = useErrorText();
  const revisions = useApi((signal) => listScheduleRevisions(year, signal), [year, refreshKey]);
  const [comparing, setComparing] = useState<ScheduleRevision>();
  return (
    <section aria-labelledby="schedule-history-title" data-testid="schedule-history" style={{ marginTop: 32 }}>
      <h2 id="schedule-history-title" className="cchc-card-title">{t('history.title')}</h2>
      {revisions.error !== undefined && <ErrorAlert message={errorText(revisions.error)} retry={{ label: t('common.retry'), onClick: revisions.reload }} />}
      <Table<ScheduleRevision>
        rowKey="id"
        size="small"
        style={{ marginTop: 8 }}
        loading={revisions.loading}
        dataSource={revisions.data?.revisions ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 800 }}
        locale={{ emptyText: t('history.none') }}
        onRow={(revision) => ({ 'data-testid': `schedule-revision-${revision.version}` } as HTMLAttributes<HTMLElement>)}
        columns={[
          { key: 'version', title: t('schedules.version'), width: 100, dataIndex: 'version' },
          { key: 'action', title: t('history.action'), width: 170, render: (_, r) => <Tag color={ACTION_COLOR[r.action]}>{t(`history.action.${r.action}`)}</Tag> },
          { key: 'by', title: t('history.by'), width: 160, render: (_, r) => r.changedByName ?? t('history.system') },
          { key: 'at', title: t('history.at'), width: 190, render: (_, r) => formatDateTime(r.changedAt) },
          { key: 'note', title: t('history.note'), render: (_, r) => r.note ?? '' },
          {
            key: 'compare', title: <span className="cchc-sr-only">{t('common.actions')}</span>, width: 190,
            render: (_, r) => r.snapshot && (
              <Button size="small" icon={<DiffOutlined aria-hidden />} onClick={() => setComparing(r)}
                aria-label={t('history.compareOf', { version: r.version })} data-testid={`schedule-compare-${r.version}`}>
                {t('history.compare')}
              </Button>
            ),
          },
        ]}
      />
      <RevisionCompare revision={comparing} current={current} onClose={() => setComparing(undefined)} />
    </section>
  );
}
