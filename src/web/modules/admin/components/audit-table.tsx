import { Table, Tag } from 'antd';
import type { AuditEntry } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { AuditDiff } from './audit-diff';

export type AuditTableProps = {
  entries: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number, pageSize: number) => void;
};

/** One page of the audit log; expand a row (button or Enter) to see before/after. */
export function AuditTable({ entries, total, page, pageSize, loading, onPage }: AuditTableProps) {
  const { t, formatDateTime } = useI18n();
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={entries}
      scroll={{ x: 860 }}
      tableLayout="fixed"
      pagination={{ current: page, pageSize, total, showSizeChanger: true, onChange: onPage, showTotal: (count) => t('common.totalRows', { total: count }) }}
      expandable={{
        expandedRowRender: (entry) => <AuditDiff entry={entry} />,
        expandIcon: ({ expanded, onExpand, record }) => (
          <button type="button" className={`ant-table-row-expand-icon ${expanded ? 'ant-table-row-expand-icon-expanded' : 'ant-table-row-expand-icon-collapsed'}`}
            aria-expanded={expanded} aria-label={expanded ? t('audit.hideChange') : t('audit.showChange')}
            onClick={(event) => onExpand(record, event)} />
        ),
      }}
      columns={[
        { key: 'at', title: t('audit.at'), width: 190, render: (_, entry) => <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> },
        { key: 'actor', title: t('audit.actor'), width: 180, render: (_, entry) => entry.actorName ?? entry.actorId ?? t('audit.system') },
        { key: 'action', title: t('audit.action'), width: 200, render: (_, entry) => <Tag>{entry.action}</Tag> },
        { key: 'entityType', title: t('audit.entityType'), dataIndex: 'entityType', width: 160 },
        { key: 'entityId', title: t('audit.entityId'), render: (_, entry) => <code className="cchc-break">{entry.entityId ?? '—'}</code> },
      ]}
    />
  );
}
