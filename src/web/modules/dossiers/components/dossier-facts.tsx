import { Card, Descriptions, List, Tag } from 'antd';
import type { DossierDetails } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { useUnitNames } from '../hooks/use-unit-names';

/** The applicant, the three agencies (reception point, receiving, competent) and the component checklist. */
export function DossierFacts({ dossier: d }: { dossier: DossierDetails }) {
  const { t, formatDateTime } = useI18n();
  const unitName = useUnitNames();
  return (
    <>
      <Card title={<h2 className="cchc-card-title">{t('intake.applicant')}</h2>}>
        <Descriptions size="small" column={1} data-testid="dossier-applicant" items={[
          { key: 'name', label: d.applicant.kind === 'person' ? t('applicant.name') : t('applicant.orgName'), children: d.applicant.name },
          { key: 'id', label: d.applicant.kind === 'person' ? t('applicant.citizenId') : t('applicant.taxCode'), children: <span className="cchc-mono">{d.applicant.idNumber}</span> },
          { key: 'phone', label: t('applicant.phone'), children: d.applicant.phone ?? '—' },
          { key: 'email', label: t('applicant.email'), children: d.applicant.email ?? '—' },
          { key: 'address', label: t('applicant.address'), children: d.applicant.address ?? '—' },
        ]} />
      </Card>
      <Card title={<h2 className="cchc-card-title">{t('dossier.agencies')}</h2>} style={{ marginTop: 16 }}>
        <Descriptions size="small" column={1} items={[
          { key: 'reception', label: t('dossier.receptionUnit'), children: unitName(d.receptionUnitId) },
          { key: 'receiving', label: t('intake.unit'), children: unitName(d.receivingUnitId) },
          { key: 'competent', label: t('intake.competent'), children: unitName(d.competentUnitId) },
          { key: 'submitted', label: t('dossier.submittedAt'), children: formatDateTime(d.submittedAt) },
          { key: 'supplements', label: t('dossier.supplementCount'), children: d.supplementCount },
        ]} />
      </Card>
      <Card title={<h2 className="cchc-card-title">{t('intake.components')}</h2>} style={{ marginTop: 16 }}>
        <List size="small" dataSource={d.components} locale={{ emptyText: t('intake.noComponents') }} data-testid="dossier-components"
          renderItem={(c) => (
            <List.Item extra={<Tag color={c.status === 'missing' ? (c.required ? 'red' : 'default') : 'green'}>{t(`dossiers.component.${c.status}`)}</Tag>}>
              <span>{c.name}{c.required && <small className="cchc-muted-text"> ({t('intake.required')})</small>}</span>
            </List.Item>
          )} />
      </Card>
    </>
  );
}
