import { Card, Table, Tag } from 'antd';
import type { StepTiming } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';

/** Working hours, with minutes, e.g. "2 giờ 30 phút". */
function hoursText(minutes: number, t: ReturnType<typeof useI18n>['t']): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  return t('dossier.steps.duration', { h, m });
}

/** Time used by each step of the process against its share of the legal time limit (Circular 01/2018, indicator 2). */
export function DossierStepTimings({ steps }: { steps: StepTiming[] }) {
  const { t } = useI18n();
  if (!steps.some((s) => s.startedAt)) return null;
  return (
    <Card title={<h2 className="cchc-card-title">{t('dossier.steps.title')}</h2>} style={{ marginTop: 16 }}>
      <Table<StepTiming> size="small" pagination={false} rowKey="code" dataSource={steps} data-testid="dossier-step-timings"
        columns={[
          { title: t('dossier.steps.step'), dataIndex: 'name' },
          { title: t('dossier.steps.allotted'), render: (_, s) => (s.allottedMinutes === null ? '—' : hoursText(s.allottedMinutes, t)) },
          { title: t('dossier.steps.used'), render: (_, s) => (s.startedAt ? hoursText(s.usedMinutes, t) : '—') },
          { title: t('dossier.steps.result'), render: (_, s) => (s.onTime === null ? (s.startedAt ? <Tag>{t('dossier.steps.ongoing')}</Tag> : '—')
            : s.onTime ? <Tag color="green">{t('dossier.steps.onTime')}</Tag> : <Tag color="red">{t('dossier.steps.late')}</Tag>) },
        ]} />
    </Card>
  );
}
