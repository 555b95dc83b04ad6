import { Descriptions, Modal, Switch, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Schedule, ScheduleEntry, ScheduleRevision } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import type { EntryComparison } from '../utils/compare-entries';
import { compareEntries } from '../utils/compare-entries';
import { kindClass } from '../utils/day-kinds';
import { SourceLink } from './source-link';

const CHANGE_COLOR = { added: 'green', removed: 'red', changed: 'gold', same: 'default' } as const;

export type RevisionCompareProps = { revision?: ScheduleRevision; current: Schedule | null; onClose: () => void };

/** A revision's days beside the current ones, aligned by date, with what changed; unchanged days can be hidden. */
export function RevisionCompare({ revision, current, onClose }: RevisionCompareProps) {
  const { t, lang, formatDate } = useI18n();
  const [onlyChanges, setOnlyChanges] = useState(false);
  const rows = useMemo(() => compareEntries(revision?.snapshot?.entries ?? [], current?.entries ?? []), [revision, current]);
  const shown = onlyChanges ? rows.filter((row) => row.change !== 'same') : rows;
  const entry = (value?: ScheduleEntry) => value && (
    <div className={`cchc-compare-entry ${kindClass(value.kind)}`}>
      <Tag className={`cchc-kind-tag ${kindClass(value.kind)}`}>{t(`calendar.kind.${value.kind}`)}</Tag>
      <div>{lang === 'en' ? value.reasonEn : value.reason}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{value.source.document}</Typography.Text>
    </div>
  );
  const revisionTitle = revision ? t('history.revision', { version: revision.version }) : '';
  const currentTitle = current ? t('history.current', { version: current.version }) : t('history.noCurrent');
  return (
    <Modal open={Boolean(revision)} onCancel={onClose} footer={null} width={1100} destroyOnHidden
      title={revision && t('history.compareTitle', { version: revision.version })}>
      {revision?.snapshot && (
        <div data-testid="revision-compare">
          <Descriptions size="small" bordered column={1} style={{ marginBottom: 16 }} items={[
            { key: 'rev', label: revisionTitle, children: <SourceLink source={revision.snapshot.source} /> },
            { key: 'cur', label: currentTitle, children: current ? <SourceLink source={current.source} /> : '—' },
          ]} />
          <label className="cchc-field-label" style={{ display: 'inline-flex', gap: 8, marginBottom: 12 }}>
            <Switch size="small" checked={onlyChanges} onChange={setOnlyChanges} />
            {t('history.onlyChanges', { count: rows.filter((row) => row.change !== 'same').length })}
          </label>
          <Table<EntryComparison>
            rowKey="date"
            size="small"
            pagination={false}
            scroll={{ x: 900, y: 480 }}
            dataSource={shown}
            rowClassName={(row) => `cchc-compare-${row.change}`}
            columns={[
              { key: 'date', title: t('schedules.date'), width: 120, render: (_, row) => formatDate(row.date) },
              { key: 'change', title: t('history.change'), width: 120, render: (_, row) => <Tag color={CHANGE_COLOR[row.change]}>{t(`history.change.${row.change}`)}</Tag> },
              { key: 'before', title: revisionTitle, render: (_, row) => entry(row.before) ?? '—' },
              { key: 'after', title: currentTitle, render: (_, row) => entry(row.after) ?? '—' },
            ]}
          />
        </div>
      )}
    </Modal>
  );
}
