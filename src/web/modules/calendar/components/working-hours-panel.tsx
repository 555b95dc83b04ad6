import { Alert, App, Flex, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { getWorkingHours, removeWorkingHours, setWorkingHours } from '../../../api/calendar';
import { ApiError } from '../../../api/client';
import type { WorkingHours } from '../../../api/types';
import { useApi } from '../../../api/use-api';
import { ErrorAlert } from '../../../ui/error-alert';
import { useAsyncAction } from '../../../ui/use-async-action';
import { useSession } from '../../auth/hooks/use-session';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { todayInProvince } from '../../i18n/utils/format-date';
import { UnitSelect } from '../../org/components/unit-select';
import { useOrgUnits } from '../../org/hooks/use-org-units';
import { fieldPath } from '../utils/error-field';
import { HoursForm } from './hours-form';

/** Office hours of a unit: what applies and where it comes from (own, a unit above, the default), edit or remove. */
export function WorkingHoursPanel() {
  const { t, lang } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const session = useSession();
  const [unitId, setUnitId] = useState<string | undefined>(session.user?.unitId ?? undefined);
  const [refresh, setRefresh] = useState(0);
  const { run, pending: saving, error, setError } = useAsyncAction();
  const fieldError = useMemo(() => {
    const path = error instanceof ApiError ? fieldPath(error.details?.field) : undefined;
    return path && { path, message: errorText(error) };
  }, [error, errorText]);
  const effective = useApi((signal) => (unitId ? getWorkingHours(unitId, signal) : Promise.resolve(undefined)), [unitId, refresh]);
  const units = useOrgUnits(todayInProvince());
  const nameOf = (id: string) => {
    const unit = units.data?.find((candidate) => candidate.id === id);
    return unit ? (lang === 'en' && unit.nameEn ? unit.nameEn : unit.name) : id;
  };
  const data = effective.data;
  const own = Boolean(data && data.fromUnitId === unitId);

  const act = (action: () => Promise<void>, done: string) => run(async () => {
    await action();
    message.success(done);
    setRefresh((n) => n + 1);
  });

  return (
    <Flex vertical gap={16} style={{ maxWidth: 760 }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('hours.lead')}</Typography.Paragraph>
      <Flex vertical gap={4}>
        <label htmlFor="hours-unit" className="cchc-field-label">{t('hours.unit')}</label>
        <UnitSelect id="hours-unit" value={unitId} data-testid="hours-unit"
          onChange={(id) => { setUnitId(id); setError(undefined); }} />
      </Flex>
      {!unitId && <Typography.Text type="secondary">{t('hours.pickUnit')}</Typography.Text>}
      {effective.error !== undefined && <ErrorAlert message={errorText(effective.error)} retry={{ label: t('common.retry'), onClick: effective.reload }} />}
      {unitId && !data && effective.loading && <Skeleton active />}
      {unitId && data && (
        <>
          <Alert type="info" showIcon data-testid="hours-source" data-source={own ? 'own' : data.fromUnitId ? 'inherited' : 'default'}
            title={own ? t('hours.fromOwn') : data.fromUnitId ? t('hours.fromUnit', { name: nameOf(data.fromUnitId) }) : t('hours.fromDefault')}
            description={own ? undefined : t('hours.saveAsOwn')} />
          {error !== undefined && <ErrorAlert message={errorText(error)} />}
          <HoursForm key={`${unitId}-${refresh}`} unitName={nameOf(unitId)} initial={data.hours} own={own} saving={saving} serverError={fieldError}
            onSave={(hours: WorkingHours) => act(() => setWorkingHours(unitId, hours), t('hours.saved', { name: nameOf(unitId) }))}
            onRemove={() => act(() => removeWorkingHours(unitId), t('hours.removed', { name: nameOf(unitId) }))} />
        </>
      )}
    </Flex>
  );
}
