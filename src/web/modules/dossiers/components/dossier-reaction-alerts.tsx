import { Card, Table } from 'antd';
import type { ReactionAlert } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { formatAppointment } from '../utils/dossier-time';
import { ReactionAlertName, ReactionAlertState } from './reaction-alert-state';

/** The reaction-time SLAs of one dossier: what was due, by when, met or late, and the legal basis. */
export function DossierReactionAlerts({ alerts }: { alerts: ReactionAlert[] }) {
  const { t, lang } = useI18n();
  if (alerts.length === 0) return null;
  return (
    <Card title={<h2 className="cchc-card-title">{t('alerts.title')}</h2>} style={{ marginTop: 16 }}>
      <Table<ReactionAlert> size="small" pagination={false} rowKey={(a) => `${a.sla}-${a.startedAt}`} dataSource={alerts} data-testid="dossier-reaction-alerts"
        columns={[
          { title: t('alerts.sla'), render: (_, a) => <ReactionAlertName alert={a} /> },
          { title: t('alerts.due'), render: (_, a) => formatAppointment(a.dueAt, lang) },
          { title: t('alerts.state'), render: (_, a) => <ReactionAlertState alert={a} /> },
          { title: t('alerts.legalBasis'), render: (_, a) => <small>{a.legalBasis[lang]}</small> },
        ]} />
    </Card>
  );
}
