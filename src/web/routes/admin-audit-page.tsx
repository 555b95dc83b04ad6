import { Card } from 'antd';
import { useState } from 'react';
import { listAudit } from '../api/admin';
import { useApi } from '../api/use-api';
import type { AuditFilter } from '../modules/admin/components/audit-filters';
import { AuditFilters } from '../modules/admin/components/audit-filters';
import { AuditTable } from '../modules/admin/components/audit-table';
import { useErrorText } from '../modules/i18n/hooks/use-error-text';
import { useI18n } from '../modules/i18n/hooks/use-i18n';
import { ErrorAlert } from '../ui/error-alert';
import { PageHeader } from '../ui/page-header';

/** /admin/audit — Nhật ký: who changed what, when (system_admin only). */
export function AdminAuditPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const audit = useApi((signal) => listAudit({ ...filter, ...paging }, signal), [filter, paging.page, paging.pageSize]);

  return (
    <>
      <PageHeader title={t('module.audit.title')} description={t('audit.lead')} />
      <Card style={{ marginBottom: 16 }}>
        <AuditFilters onApply={(next) => { setFilter(next); setPaging((current) => ({ ...current, page: 1 })); }} />
      </Card>
      <Card>
        {audit.error !== undefined && <ErrorAlert message={errorText(audit.error)} retry={{ label: t('common.retry'), onClick: audit.reload }} />}
        <AuditTable
          entries={audit.data?.entries ?? []}
          total={audit.data?.total ?? 0}
          {...paging}
          loading={audit.loading}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
        />
      </Card>
    </>
  );
}
