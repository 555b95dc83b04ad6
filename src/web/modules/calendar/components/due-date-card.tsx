import { Button, Card, Flex, Form, Input, InputNumber, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { computeDueDate } from '../../../api/calendar';
import { ApiError } from '../../../api/client';
import type { DueDate } from '../../../api/types';
import { ErrorAlert } from '../../../ui/error-alert';
import { useAsyncAction } from '../../../ui/use-async-action';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { clockInProvince, todayInProvince } from '../../i18n/utils/format-date';
import { UnitSelect } from '../../org/components/unit-select';
import { fieldPath } from '../utils/error-field';
import type { DueRequest } from './due-date-result';
import { DueDateResult } from './due-date-result';

type Values = { receivedDate: string; receivedTime: string; limitUnit: 'days' | 'hours'; limit: number | null; agencyId?: string };

/** Server fields → the form's (receivedAt is split into a date and a time here). */
const FORM_FIELD: Record<string, keyof Values> = { receivedAt: 'receivedDate', workingDays: 'limit', workingHours: 'limit', agencyId: 'agencyId' };

/** At the desk: when is the result due for a dossier received now (or at another moment) with a given time limit? */
export function DueDateCard() {
  const { t, lang } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const limitUnit = Form.useWatch('limitUnit', form) ?? 'days';
  const [result, setResult] = useState<{ request: DueRequest; due: DueDate }>();
  const { run, pending: busy, error } = useAsyncAction();
  const decimal = lang === 'vi' ? ',' : '.';

  // The field the server names (receivedAt, workingDays…) gets the sentence under it as well.
  useEffect(() => {
    const path = error instanceof ApiError ? fieldPath(error.details?.field) : undefined;
    const name = path && FORM_FIELD[String(path[0])];
    if (name) form.setFields([{ name, errors: [errorText(error)] }]);
  }, [error, errorText, form]);

  const submit = (values: Values) => run(async () => {
    setResult(undefined);
    const request: DueRequest = { date: values.receivedDate, time: values.receivedTime, unit: values.limitUnit, limit: values.limit ?? 0 };
    const due = await computeDueDate({
      receivedAt: `${values.receivedDate}T${values.receivedTime}:00+07:00`,
      ...(values.limitUnit === 'days' ? { workingDays: request.limit } : { workingHours: request.limit }),
      agencyId: values.agencyId || undefined,
    });
    setResult({ request, due });
  });

  return (
    <Card title={<h2 className="cchc-card-title">{t('due.title')}</h2>} style={{ marginTop: 16 }} data-testid="due-card">
      <p className="cchc-muted-text" style={{ marginTop: 0 }}>{t('due.lead')}</p>
      <Form<Values> form={form} layout="vertical" name="due-date" onFinish={submit}
        initialValues={{ receivedDate: todayInProvince(), receivedTime: clockInProvince(), limitUnit: 'days', limit: 5 }}>
        <Flex gap={16} wrap align="flex-start">
          <Form.Item label={t('due.receivedDate')} name="receivedDate" rules={[{ required: true, message: t('common.required') }]}>
            <Input type="date" data-testid="due-received-date" min="1900-01-01" max="2199-12-31" style={{ width: 180 }} />
          </Form.Item>
          <Form.Item label={t('due.receivedTime')} name="receivedTime" rules={[{ required: true, message: t('common.required') }]}>
            <Input type="time" data-testid="due-received-time" style={{ width: 140 }} />
          </Form.Item>
          <Form.Item label={t('due.limitUnit')} name="limitUnit">
            <Radio.Group optionType="button" data-testid="due-limit-unit"
              options={[{ value: 'days', label: t('due.unitDays') }, { value: 'hours', label: t('due.unitHours') }]} />
          </Form.Item>
          <Form.Item label={limitUnit === 'days' ? t('due.workingDays') : t('due.workingHours')} name="limit"
            extra={limitUnit === 'days' ? t('due.workingDaysHint') : undefined}
            rules={[{ required: true, message: t('common.required') }]}>
            <InputNumber<number> min={0} max={limitUnit === 'days' ? 1000 : 8000} step={limitUnit === 'days' ? 0.5 : 1}
              formatter={(value) => (value === undefined || value === null ? '' : String(value).replace('.', decimal))}
              // rc-input-number reads the parser's string ('' = empty, not 0); antd types it as the value type.
              parser={(text) => (text ?? '').replace(',', '.') as unknown as number} style={{ width: 160 }}
              data-testid={limitUnit === 'days' ? 'due-working-days' : 'due-working-hours'} />
          </Form.Item>
          <Form.Item label={t('due.agency')} name="agencyId" extra={t('due.agencyHint')} style={{ flex: '1 1 280px', minWidth: 240 }}>
            <UnitSelect allowClear placeholder={t('due.agencyPlaceholder')} data-testid="due-agency" />
          </Form.Item>
        </Flex>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="due-submit">{t('due.submit')}</Button>
      </Form>
      <div aria-live="polite" style={{ marginTop: 16 }}>
        {error !== undefined && <ErrorAlert message={errorText(error)} />}
        {result && <DueDateResult request={result.request} due={result.due} />}
      </div>
    </Card>
  );
}
