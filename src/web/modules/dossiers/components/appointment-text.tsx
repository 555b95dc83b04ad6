import { Typography } from 'antd';
import type { DossierSummary } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { formatAppointment } from '../utils/dossier-time';

export type AppointmentTextProps = { dossier: Pick<DossierSummary, 'dueAt' | 'extendedDueAt' | 'overdue' | 'endedAt'>; testId?: string };

/** The appointment: red with "quá hạn" when it has passed unfinished; the re-dated one after an apology as "hẹn lại". */
export function AppointmentText({ dossier, testId }: AppointmentTextProps) {
  const { t, lang } = useI18n();
  if (!dossier.dueAt) return <Typography.Text type="secondary" data-testid={testId}>{t('dossiers.noAppointment')}</Typography.Text>;
  return (
    <span data-testid={testId} data-overdue={dossier.overdue}>
      <Typography.Text className={dossier.overdue ? 'cchc-overdue' : undefined} delete={!!dossier.extendedDueAt}>
        {formatAppointment(dossier.dueAt, lang)}
      </Typography.Text>
      {dossier.overdue && <span className="cchc-overdue"> ({t('dossiers.overdue')})</span>}
      {dossier.extendedDueAt && <div className="cchc-redated">{t('dossiers.redated', { date: formatAppointment(dossier.extendedDueAt, lang) })}</div>}
    </span>
  );
}
