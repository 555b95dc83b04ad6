import { Card, Descriptions, Tag } from 'antd';
import { getHealth } from '../api/admin';
import { useApi } from '../api/use-api';
import { useErrorText } from '../modules/i18n/hooks/use-error-text';
import { useI18n } from '../modules/i18n/hooks/use-i18n';
import { ErrorAlert } from '../ui/error-alert';
import { ModulePlaceholderPage } from './module-placeholder-page';

/** / — Tổng quan: what the dashboard will show, plus the live state of the server (GET /health). */
export function DashboardPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const health = useApi((signal) => getHealth(signal), []);
  return (
    <ModulePlaceholderPage id="dashboard">
      <Card title={<h2 className="cchc-card-title">{t('health.title')}</h2>} style={{ marginTop: 16 }} loading={health.loading && !health.data}>
        {health.error !== undefined && <ErrorAlert message={errorText(health.error)} retry={{ label: t('common.retry'), onClick: health.reload }} />}
        {health.data && (
          <Descriptions size="small" column={{ xs: 1, sm: 3 }} items={[
            { key: 'status', label: t('health.status'), children: <Tag color={health.data.status === 'ok' ? 'green' : 'red'}>{health.data.status}</Tag> },
            { key: 'database', label: t('health.database'), children: health.data.database === 'pglite' ? 'PGlite' : 'PostgreSQL' },
            { key: 'migration', label: t('health.migration'), children: health.data.migration },
          ]} />
        )}
      </Card>
    </ModulePlaceholderPage>
  );
}
