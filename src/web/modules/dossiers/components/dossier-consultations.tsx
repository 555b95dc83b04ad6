import { Card, List, Tag, Typography } from 'antd';
import type { Consultation } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { useUnitNames } from '../hooks/use-unit-names';
import { formatAppointment } from '../utils/dossier-time';

/** Opinions asked of other agencies (Decree 61/2018 Art. 19(5)): question, deadline, answer or "waiting". */
export function DossierConsultations({ consultations }: { consultations: Consultation[] }) {
  const { t, lang } = useI18n();
  const unitName = useUnitNames();
  if (consultations.length === 0) return null;
  return (
    <Card title={<h2 className="cchc-card-title">{t('dossier.consultations')}</h2>} style={{ marginTop: 16 }}>
      <List size="small" dataSource={consultations} data-testid="dossier-consultations" renderItem={(c) => (
        <List.Item>
          <div>
            <strong>{unitName(c.unitId)}</strong>{' '}
            {c.answeredAt ? <Tag color="green">{t('dossier.answered')}</Tag> : <Tag color="orange">{t('dossier.waitingAnswer')}</Tag>}
            <div>{c.question}</div>
            <Typography.Text type="secondary">{t('dossier.consultationDue', { date: formatAppointment(c.dueAt, lang) })}</Typography.Text>
            {c.answer && <div><Typography.Text strong>{t('dossier.answer')}: </Typography.Text>{c.answer}</div>}
          </div>
        </List.Item>
      )} />
    </Card>
  );
}
