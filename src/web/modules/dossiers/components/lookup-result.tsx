import { Alert, Card, Descriptions } from 'antd';
import type { PublicDossier } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { formatAppointment } from '../utils/dossier-time';

/** What the citizen learns: the status in plain words, the expected date, an early result, and the steps so far. */
export function LookupResult({ dossier: d }: { dossier: PublicDossier }) {
  const { t, lang, formatDateTime } = useI18n();
  const en = lang === 'en';
  return (
    <Card title={<h2 className="cchc-card-title">{t('lookup.resultTitle', { code: d.code })}</h2>} style={{ marginTop: 16 }} data-testid="lookup-result">
      <p className="cchc-lookup-status" data-testid="lookup-status" data-status={d.status} lang={en ? 'en' : 'vi'}>
        {en ? d.statusTextEn : d.statusText}
      </p>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} style={{ marginTop: 12 }} items={[
        { key: 'procedure', label: t('dossiers.procedure'), children: <span lang="vi">{d.procedureName}</span> },
        { key: 'received', label: t('dossier.receivedAt'), children: formatDateTime(d.receivedAt) || '—' },
        { key: 'expected', label: t('lookup.expected'),
          children: <span data-testid="lookup-expected">{d.expectedAt ? formatAppointment(d.expectedAt, lang) : t('lookup.noExpected')}</span> },
      ]} />
      {d.earlyResult && <Alert type="success" showIcon style={{ marginTop: 12 }} data-testid="lookup-early" title={t('lookup.early')} />}
      <h3 className="cchc-section-title" id="lookup-timeline-title">{t('lookup.timeline')}</h3>
      <ol className="cchc-timeline" aria-labelledby="lookup-timeline-title" data-testid="lookup-timeline">
        {d.timeline.map((item, index) => (
          <li key={`${item.at}-${index}`} className="cchc-timeline-item">
            <strong lang={en ? 'en' : 'vi'}>{en ? item.textEn : item.text}</strong>
            <div className="cchc-muted-text"><time dateTime={item.at}>{formatDateTime(item.at)}</time></div>
            {item.reason && <div lang="vi"><strong>{t('dossier.reason')}:</strong> {item.reason}</div>}
          </li>
        ))}
      </ol>
    </Card>
  );
}
