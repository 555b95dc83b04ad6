import { Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import type { DossierSummary } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { useProcedureNames } from '../hooks/use-procedure-names';
import { AppointmentText } from './appointment-text';
import { StatusTag } from './status-tag';

export type QueueTableProps = {
  rows: DossierSummary[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number) => void;
};

/** One page of the queue as the server sorts it (soonest appointment first): code, procedure, applicant, status, appointment, channel. */
export function QueueTable({ rows, total, page, pageSize, loading, onPage }: QueueTableProps) {
  const { t } = useI18n();
  const names = useProcedureNames();
  return (
    <Table<DossierSummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rows}
      scroll={{ x: 1000 }}
      locale={{ emptyText: t('dossiers.empty') }}
      pagination={{ current: page, pageSize, total, onChange: onPage, showSizeChanger: false, hideOnSinglePage: true,
        showTotal: (count) => t('common.totalRows', { total: count }) }}
      onRow={(row) => ({ 'data-testid': `queue-row-${row.code}` } as HTMLAttributes<HTMLElement>)}
      columns={[
        { key: 'code', title: t('dossiers.code'), width: 190,
          render: (_, row) => <Link to={`/dossiers/${row.id}`} className="cchc-mono">{row.code}</Link> },
        { key: 'procedure', title: t('dossiers.procedure'),
          render: (_, row) => (
            <>
              <span className="cchc-mono">{row.procedureCode}</span>
              {names.get(row.procedureCode) && <div>{names.get(row.procedureCode)}</div>}
            </>
          ) },
        { key: 'applicant', title: t('dossiers.applicant'), width: 170, dataIndex: 'applicantName' },
        { key: 'status', title: t('dossiers.status'), width: 170,
          render: (_, row) => (
            <>
              <StatusTag status={row.status} code={row.statusCode} />
              {row.pendingApology && <div><small className="cchc-muted-text">{t('dossiers.pendingApology')}</small></div>}
            </>
          ) },
        { key: 'due', title: t('dossiers.appointment'), width: 180, render: (_, row) => <AppointmentText dossier={row} /> },
        { key: 'channel', title: t('dossiers.channel'), width: 100, render: (_, row) => t(`dossiers.channel.${row.channel}`) },
      ]}
    />
  );
}
