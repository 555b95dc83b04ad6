import { SaveOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { listCalendarDays } from '../../../api/calendar';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import type { FieldPath } from '../utils/error-field';
import type { ScheduleValues } from '../utils/schedule-values';
import { entriesFromDays } from '../utils/schedule-values';
import { ScheduleEntriesTable } from './schedule-entries-table';
import { SourceFields } from './source-fields';

type FieldName = Parameters<ReturnType<typeof Form.useForm<ScheduleValues>>[0]['setFields']>[0][number]['name'];

/** A field the server refused, with its sentence in the reader's language. */
export type ServerFieldError = { path: FieldPath; row?: number; message: string };

export type ScheduleFormProps = {
  year: number;
  initial: ScheduleValues;
  saving: boolean;
  serverError?: ServerFieldError;
  onSave: (values: ScheduleValues) => void;
  /** The user changed something after an error (the highlighted row may have moved). */
  onEdit: () => void;
};

/** The year's document, its special days and a note for the history; a new year may start from the statutory days. */
export function ScheduleForm({ year, initial, saving, serverError, onSave, onEdit }: ScheduleFormProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<ScheduleValues>();
  const [prefillError, setPrefillError] = useState<unknown>();

  useEffect(() => {
    if (!serverError) return;
    form.setFields([{ name: serverError.path as FieldName, errors: [serverError.message] }]);
    const row = serverError.row;
    if (row !== undefined) document.querySelector(`[data-testid="schedule-entry-${row}"]`)?.scrollIntoView({ block: 'center' });
  }, [serverError, form]);

  const prefill = async () => {
    setPrefillError(undefined);
    try {
      const { days } = await listCalendarDays(`${year}-01-01`, `${year}-12-31`);
      const entries = entriesFromDays(days);
      form.setFieldValue('entries', entries);
      message.info(t('schedules.prefilled', { count: entries.length }));
    } catch (reason) {
      setPrefillError(reason);
    }
  };

  return (
    <Form<ScheduleValues> form={form} layout="vertical" name={`schedule-${year}`} initialValues={initial}
      onFinish={onSave} onValuesChange={onEdit} scrollToFirstError={{ block: 'center' }}>
      <h3 className="cchc-section-title">{t('schedules.yearSource')}</h3>
      <SourceFields name={['source']} testIdPrefix="schedule-source" />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <h3 className="cchc-section-title">{t('schedules.entries')}</h3>
        {initial.entries.length === 0 && (
          <Button icon={<ThunderboltOutlined aria-hidden />} onClick={prefill} data-testid="schedule-prefill">{t('schedules.prefill')}</Button>
        )}
      </Flex>
      {prefillError !== undefined && <ErrorAlert message={errorText(prefillError)} />}
      <ScheduleEntriesTable year={year} errorRow={serverError?.row} yearSource={() => form.getFieldValue('source')} />
      <Form.Item label={t('schedules.note')} name="note" style={{ marginTop: 16 }}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} data-testid="schedule-note" />
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={saving} data-testid="schedule-save">
        {t('schedules.save')}
      </Button>
    </Form>
  );
}
