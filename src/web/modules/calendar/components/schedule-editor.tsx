import { ArrowLeftOutlined, DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Popconfirm, Skeleton, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { deleteSchedule, saveSchedule } from '../../../api/calendar';
import { ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../ui/error-alert';
import { useAsyncAction } from '../../../ui/use-async-action';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { forgetCalendarDays } from '../hooks/use-calendar-year';
import { useSchedule } from '../hooks/use-schedule';
import { entryRowOf, fieldPath } from '../utils/error-field';
import type { ScheduleValues } from '../utils/schedule-values';
import { fromScheduleValues, toScheduleValues } from '../utils/schedule-values';
import type { ServerFieldError } from './schedule-form';
import { ScheduleForm } from './schedule-form';
import { ScheduleHistory } from './schedule-history';

/** One year's schedule: edit and save it with the version it was loaded at, or delete it; its history below. */
export function ScheduleEditor({ year, onBack }: { year: number; onBack: () => void }) {
  const { t, formatDateTime } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const schedule = useSchedule(year);
  const current = schedule.data;
  const { run, pending: saving, error, setError } = useAsyncAction();
  const [edited, setEdited] = useState(false);
  const [historyKey, setHistoryKey] = useState(0);
  const alerts = useRef<HTMLDivElement>(null);

  const conflict = error instanceof ApiError && error.status === 409
    ? { version: (error.details?.currentVersion as number | null | undefined) ?? null } : undefined;
  // The field the server refused, until the user edits again (rows may have moved since).
  const fieldError = useMemo<ServerFieldError | undefined>(() => {
    const path = error instanceof ApiError && error.status !== 409 ? fieldPath(error.details?.field) : undefined;
    return path && !edited ? { path, row: entryRowOf(path), message: errorText(error) } : undefined;
  }, [error, edited, errorText]);
  // A conflict or an error about no particular row is said at the top: bring it into view from the Save button.
  useEffect(() => {
    const row = entryRowOf(error instanceof ApiError ? fieldPath(error.details?.field) : undefined);
    if (error !== undefined && row === undefined) alerts.current?.scrollIntoView({ block: 'center' });
  }, [error]);

  const changed = () => { forgetCalendarDays(); schedule.reload(); setHistoryKey((n) => n + 1); };
  const attempt = (action: () => Promise<void>) => { setEdited(false); return run(action); };

  const save = (values: ScheduleValues) => attempt(async () => {
    const saved = await saveSchedule(year, { ...fromScheduleValues(values), version: current?.version ?? null });
    message.success(t('schedules.saved', { year, version: saved.version }));
    changed();
  });

  const remove = () => attempt(async () => {
    if (!current) return;
    await deleteSchedule(year, current.version);
    message.success(t('schedules.deleted', { year }));
    changed();
  });

  const rowText = fieldError?.row !== undefined ? t('schedules.rowError', { n: fieldError.row + 1, message: errorText(error) }) : undefined;
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={onBack}>{t('schedules.back')}</Button>
        {current && (
          <Popconfirm title={t('schedules.deleteConfirm', { year })} okText={t('schedules.delete')} cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, 'data-testid': 'schedule-delete-confirm' }} onConfirm={remove}>
            <Button danger icon={<DeleteOutlined aria-hidden />} data-testid="schedule-delete">{t('schedules.delete')}</Button>
          </Popconfirm>
        )}
      </Flex>
      <h2 className="cchc-calendar-heading" data-testid="schedule-title">{t('schedules.editorTitle', { year })}</h2>
      {schedule.error !== undefined && <ErrorAlert message={errorText(schedule.error)} retry={{ label: t('common.retry'), onClick: schedule.reload }} />}
      <div ref={alerts}>
        {conflict && (
          <Alert type="warning" showIcon role="alert" data-testid="schedule-conflict" style={{ marginBottom: 16 }}
            title={t('schedules.conflict', { year, version: conflict.version ?? t('schedules.noVersion') })}
            action={<Button onClick={() => { setError(undefined); schedule.reload(); setHistoryKey((n) => n + 1); }}>{t('schedules.reload')}</Button>} />
        )}
        {error !== undefined && !conflict && <ErrorAlert message={rowText ?? errorText(error)} />}
      </div>
      {current === undefined ? (schedule.loading && <Skeleton active />) : (
        <>
          <Typography.Paragraph type="secondary" data-testid="schedule-version">
            {current ? t('schedules.versionInfo', { version: current.version, name: current.updatedByName ?? t('history.system'), at: formatDateTime(current.updatedAt) })
              : t('schedules.newInfo', { year })}
          </Typography.Paragraph>
          <ScheduleForm key={`${year}-${current?.version ?? 'new'}`} year={year} initial={toScheduleValues(current)} saving={saving}
            serverError={fieldError} onSave={save} onEdit={() => { if (fieldError) setEdited(true); }} />
          <ScheduleHistory year={year} current={current} refreshKey={historyKey} />
        </>
      )}
    </>
  );
}
