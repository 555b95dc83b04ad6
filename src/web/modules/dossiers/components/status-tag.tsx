import { Tag } from 'antd';
import type { DossierStatus } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { STATUS_COLOR, isDossierStatus } from '../utils/dossier-labels';

/** A dossier status in words (national-portal name) with its colour; the code 1–10 in the tooltip. */
export function StatusTag({ status, code, testId }: { status: DossierStatus | string; code?: number; testId?: string }) {
  const { t } = useI18n();
  const known = isDossierStatus(status);
  return (
    <Tag color={known ? STATUS_COLOR[status] : 'default'} data-testid={testId} data-status={status}
      title={code ? t('dossiers.statusCode', { code }) : undefined}>
      {known ? t(`dossiers.status.${status}`) : status}
    </Tag>
  );
}
