import { Tag, Typography } from 'antd';
import type { DossierAlertRow, ReactionAlert } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { formatAppointment } from '../utils/dossier-time';
import { alertColor, durationParts } from '../utils/reaction-alerts';

/** A reaction-time alert, or a row of the alerts list (which may be an escalation). */
type AnyAlert = ReactionAlert | DossierAlertRow;

/** An alert's state as a tag with its words, and how late (or how much time is left) in working hours. */
export function ReactionAlertState({ alert }: { alert: AnyAlert }) {
  const { t } = useI18n();
  const label = alert.kind === 'escalation' ? t('alerts.escalated')
    : alert.state === 'pending' && alert.dueSoon && alert.kind === 'duty' ? t('alerts.dueSoon') : t(`alerts.state.${alert.state}`);
  const detail = alert.state === 'breached'
    ? (alert.lateWorkingMinutes > 0 ? t('alerts.late', { duration: t('alerts.duration', durationParts(alert.lateWorkingMinutes)) }) : t('alerts.lateOutsideHours'))
    : alert.state === 'pending' ? t('alerts.remaining', { duration: t('alerts.duration', durationParts(alert.remainingWorkingMinutes)) }) : null;
  return (
    <span data-testid={`alert-state-${alert.sla}`} data-state={alert.state}>
      <Tag color={alertColor(alert)}>{label}</Tag>
      {detail && <div><Typography.Text type={alert.state === 'breached' ? 'danger' : 'secondary'}><small>{detail}</small></Typography.Text></div>}
      {alert.kind === 'window' && alert.state === 'pending' && <div><small className="cchc-muted-text">{t('alerts.window')}</small></div>}
    </span>
  );
}

/**
 * What the SLA asks, with its limit (e.g. "Kiểm tra hồ sơ trực tuyến — trong 8 giờ làm việc"); for an escalation, what is
 * late, who is late and to whom it was escalated.
 */
export function ReactionAlertName({ alert }: { alert: Pick<AnyAlert, 'sla' | 'limit'> & { escalation?: DossierAlertRow['escalation'] } }) {
  const { t, lang } = useI18n();
  const x = alert.escalation;
  const limit = alert.limit.unit === 'deadline' ? t('alerts.limit.deadline', { value: formatAppointment(String(alert.limit.value), lang) }) : t(`alerts.limit.${alert.limit.unit}`, { value: alert.limit.value });
  return (
    <>
      {t(`alerts.sla.${alert.sla}`)}
      {x && <div data-testid="alert-escalation-subject"><strong>{x.subjectName}</strong></div>}
      {x && <div data-testid="alert-escalation-late-unit"><small>{t('alerts.lateUnit', { unit: x.lateUnitName })}</small></div>}
      <div><small className="cchc-muted-text">{limit}</small></div>
      {x && <div><small className="cchc-muted-text">{x.recordedAt ? t('alerts.escalatedTo', { unit: x.escalatedToUnitName, date: formatAppointment(x.recordedAt, lang) }) : t('alerts.escalatedToNow', { unit: x.escalatedToUnitName })}</small></div>}
    </>
  );
}
