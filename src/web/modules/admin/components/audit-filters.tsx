import { Button, DatePicker, Flex, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { ActorSelect } from './actor-select';

export type AuditFilter = { action?: string; entityType?: string; actorId?: string; from?: string; to?: string };

type Values = { action?: string; entityType?: string; actorId?: string; period?: [Dayjs | null, Dayjs | null] | null };

/** Action, entity type, actor and period (province days, both inclusive) for the audit log. */
export function AuditFilters({ onApply }: { onApply: (filter: AuditFilter) => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const apply = (values: Values) => {
    const [from, to] = values.period ?? [];
    onApply({
      action: values.action?.trim() || undefined,
      entityType: values.entityType?.trim() || undefined,
      actorId: values.actorId,
      from: from?.format('YYYY-MM-DD'),
      to: to?.format('YYYY-MM-DD'),
    });
  };
  return (
    <Form<Values> form={form} layout="vertical" onFinish={apply} name="audit-filters">
      <Flex gap={16} wrap align="flex-end">
        <Form.Item label={t('audit.action')} name="action" style={{ marginBottom: 0 }}>
          <Input placeholder={t('audit.actionPlaceholder')} style={{ width: 220 }} allowClear />
        </Form.Item>
        <Form.Item label={t('audit.entityType')} name="entityType" style={{ marginBottom: 0 }}>
          <Input placeholder={t('audit.entityTypePlaceholder')} style={{ width: 180 }} allowClear />
        </Form.Item>
        <Form.Item label={t('audit.actor')} name="actorId" style={{ marginBottom: 0 }}>
          <ActorSelect />
        </Form.Item>
        <Form.Item label={t('audit.period')} name="period" style={{ marginBottom: 0 }}>
          <DatePicker.RangePicker format="DD/MM/YYYY" allowEmpty={[true, true]}
            placeholder={[t('audit.from'), t('audit.to')]} />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit">{t('common.filter')}</Button>
          <Button onClick={() => { form.resetFields(); onApply({}); }}>{t('common.reset')}</Button>
        </Flex>
      </Flex>
    </Form>
  );
}
