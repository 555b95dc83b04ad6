import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Popconfirm } from 'antd';
import { useEffect } from 'react';
import type { WorkingHours } from '../../../api/types';
import { useI18n } from '../../i18n/hooks/use-i18n';
import type { FieldPath } from '../utils/error-field';

const SESSIONS = [['morningStart', 'morningEnd'], ['afternoonStart', 'afternoonEnd']] as const;
const CUTOFFS = ['sameDayCutoff', 'receiptCutoff'] as const;
/** The domain names sessions `morning.start`…; the request body names them `morningStart`…. */
const DOMAIN_FIELD: Record<string, keyof WorkingHours> = {
  'morning.start': 'morningStart', 'morning.end': 'morningEnd', 'afternoon.start': 'afternoonStart', 'afternoon.end': 'afternoonEnd',
};

export type HoursFormProps = {
  unitName: string;
  initial: WorkingHours;
  /** The unit has hours of its own (they can be removed). */
  own: boolean;
  saving: boolean;
  serverError?: { path: FieldPath; message: string };
  onSave: (hours: WorkingHours) => void;
  onRemove: () => void;
};

/** Morning and afternoon sessions and the two cut-offs (HH:MM), in increasing order. */
export function HoursForm({ unitName, initial, own, saving, serverError, onSave, onRemove }: HoursFormProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<WorkingHours>();
  useEffect(() => {
    if (!serverError) return;
    const key = serverError.path.join('.');
    const name = DOMAIN_FIELD[key] ?? (key in initial ? key as keyof WorkingHours : key === 'hours' ? 'morningEnd' : undefined);
    if (name) form.setFields([{ name, errors: [serverError.message] }]);
  }, [serverError, form, initial]);

  const required = { required: true, message: t('common.required') };
  const after = (earlier: keyof WorkingHours, strict: boolean) => ({ getFieldValue }: { getFieldValue: (name: string) => string }) => ({
    validator: (_rule: unknown, value: string) => {
      const before = getFieldValue(earlier);
      return !value || !before || (strict ? value > before : value >= before) ? Promise.resolve() : Promise.reject(new Error(t('hours.order')));
    },
  });
  const rules: Partial<Record<keyof WorkingHours, ReturnType<typeof after>[]>> = {
    morningEnd: [after('morningStart', true)], afternoonStart: [after('morningEnd', false)], afternoonEnd: [after('afternoonStart', true)],
  };
  const field = (name: keyof WorkingHours, hint?: string) => (
    <Form.Item key={name} label={t(`hours.${name}`)} name={name} extra={hint} rules={[required, ...(rules[name] ?? [])]}
      dependencies={name === 'morningEnd' ? ['morningStart'] : name === 'afternoonStart' ? ['morningEnd'] : name === 'afternoonEnd' ? ['afternoonStart'] : undefined}>
      <Input type="time" data-testid={`hours-${name}`} style={{ width: 150 }} />
    </Form.Item>
  );
  return (
    <Form<WorkingHours> form={form} layout="vertical" name="working-hours" initialValues={initial} onFinish={onSave}>
      {SESSIONS.map(([start, end], index) => (
        <fieldset key={start} className="cchc-fieldset">
          <legend>{t(index === 0 ? 'hours.morning' : 'hours.afternoon')}</legend>
          <Flex gap={16} wrap>{field(start)}{field(end)}</Flex>
        </fieldset>
      ))}
      <Flex gap={16} wrap>{CUTOFFS.map((name) => <div key={name} style={{ flex: '1 1 280px' }}>{field(name, t(`hours.${name}Hint`))}</div>)}</Flex>
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={saving} data-testid="hours-save">{t('hours.save')}</Button>
        {own && (
          <Popconfirm title={t('hours.removeConfirm', { name: unitName })} okText={t('hours.remove')} cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }} onConfirm={onRemove}>
            <Button danger icon={<DeleteOutlined aria-hidden />} data-testid="hours-remove">{t('hours.remove')}</Button>
          </Popconfirm>
        )}
      </Flex>
    </Form>
  );
}
