import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useNavigate } from 'react-router';
import { listDossierQueue } from '../api/dossiers';
import { useApi } from '../api/use-api';
import { useSession } from '../modules/auth/hooks/use-session';
import { QueueTable } from '../modules/dossiers/components/queue-table';
import { QueueToolbar } from '../modules/dossiers/components/queue-toolbar';
import { ReactionAlertsPanel } from '../modules/dossiers/components/reaction-alerts-panel';
import { useQueueParams } from '../modules/dossiers/hooks/use-queue-params';
import { useErrorText } from '../modules/i18n/hooks/use-error-text';
import { useI18n } from '../modules/i18n/hooks/use-i18n';
import { ErrorAlert } from '../ui/error-alert';
import { PageHeader } from '../ui/page-header';

const PAGE_SIZE = 20;

/** /dossiers — Hồ sơ TTHC: the officer's queue by tab, soonest appointment first; desk officers open intake from here. */
export function DossierQueuePage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { hasRole } = useSession();
  const navigate = useNavigate();
  const [params, update] = useQueueParams();
  const queue = useApi(
    (signal) => (params.tab === 'alerts' ? Promise.resolve({ dossiers: [], total: 0 })
      : listDossierQueue({ tab: params.tab, q: params.q || undefined, mine: params.mine, page: params.page, pageSize: PAGE_SIZE }, signal)),
    [params.tab, params.q, params.mine, params.page],
  );
  return (
    <>
      <PageHeader title={t('module.dossiers.title')} description={t('dossiers.lead')}
        extra={hasRole('desk_officer') && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/dossiers/new')} data-testid="queue-new">
            {t('intake.title')}
          </Button>
        )} />
      <Card>
        <QueueToolbar params={params} onChange={update} />
        {params.tab === 'alerts' ? <ReactionAlertsPanel /> : (
          <>
            {queue.error !== undefined && <ErrorAlert message={errorText(queue.error)} retry={{ label: t('common.retry'), onClick: queue.reload }} />}
            <QueueTable rows={queue.data?.dossiers ?? []} total={queue.data?.total ?? 0} page={params.page} pageSize={PAGE_SIZE}
              loading={queue.loading} onPage={(page) => update({ page })} />
          </>
        )}
      </Card>
    </>
  );
}
