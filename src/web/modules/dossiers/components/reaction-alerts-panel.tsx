import { Alert, Segmented, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link, useSearchParams } from 'react-router';
import { listReactionAlerts } from '../../../api/dossier-alerts';
import type { DossierAlertRow } from '../../../api/types';
import { useApi } from '../../../api/use-api';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { formatAppointment } from '../utils/dossier-time';
import { ALERT_FILTERS, isAlertFilter } from '../utils/reaction-alerts';
import { ReactionAlertName, ReactionAlertState } from './reaction-alert-state';
import { StatusTag } from './status-tag';

const MAX_EXAMINED = 2000;

/**
 * The "Cảnh báo" tab of the queue: open reaction-time breaches and duties due soon of the officer's units, and for leaders
 * the escalations (overdue consultations and agency steps, with who is late), earliest due first.
 */
export function ReactionAlertsPanel() {
  const { t, lang } = useI18n();
  const errorText = useErrorText();
  const [search, setSearch] = useSearchParams();
  const raw = search.get('alerts');
  const filter = isAlertFilter(raw) ? raw : 'open';
  const alerts = useApi((signal) => listReactionAlerts({ state: filter }, signal), [filter]);
  const choose = (value: string) => {
    const next = new URLSearchParams(window.location.search);
    if (value === 'open') next.delete('alerts');
    else next.set('alerts', value);
    setSearch(next);
  };
  return (
    <>
      <Typography.Paragraph type="secondary">{t('alerts.lead')}</Typography.Paragraph>
      <Segmented aria-label={t('alerts.filter')} value={filter} onChange={(value) => choose(String(value))} style={{ marginBottom: 16 }}
        options={ALERT_FILTERS.map((f) => ({ value: f, label: <span data-testid={`alerts-filter-${f}`}>{t(`alerts.filter.${f}`)}</span> }))} />
      {alerts.error !== undefined && <ErrorAlert message={errorText(alerts.error)} retry={{ label: t('common.retry'), onClick: alerts.reload }} />}
      {alerts.data?.truncated && <Alert type="warning" showIcon message={t('alerts.truncated', { max: MAX_EXAMINED })} style={{ marginBottom: 16 }} />}
      <Table<DossierAlertRow>
        rowKey={(row) => `${row.dossierId}-${row.sla}-${row.escalation?.subjectId ?? row.startedAt}`}
        size="middle"
        loading={alerts.loading}
        dataSource={alerts.data?.alerts ?? []}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('alerts.empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false, showTotal: (count) => t('common.totalRows', { total: count }) }}
        onRow={(row) => ({ 'data-testid': `alert-row-${row.code}-${row.sla}` } as HTMLAttributes<HTMLElement>)}
        columns={[
          { key: 'code', title: t('dossiers.code'), width: 190,
            render: (_, row) => <Link to={`/dossiers/${row.dossierId}`} className="cchc-mono">{row.code}</Link> },
          { key: 'sla', title: t('alerts.sla'), render: (_, row) => <ReactionAlertName alert={row} /> },
          { key: 'procedure', title: t('dossiers.procedure'),
            render: (_, row) => <><span className="cchc-mono">{row.procedureCode}</span><div>{row.procedureName}</div></> },
          { key: 'applicant', title: t('dossiers.applicant'), width: 160, dataIndex: 'applicantName' },
          { key: 'status', title: t('dossiers.status'), width: 150, render: (_, row) => <StatusTag status={row.status} code={row.statusCode} /> },
          { key: 'due', title: t('alerts.due'), width: 150, render: (_, row) => formatAppointment(row.dueAt, lang) },
          { key: 'state', title: t('alerts.state'), width: 170, render: (_, row) => <ReactionAlertState alert={row} /> },
        ]}
      />
    </>
  );
}
