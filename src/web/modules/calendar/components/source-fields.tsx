import { Flex, Form, Input } from 'antd';
import { useI18n } from '../../i18n/hooks/use-i18n';

export type SourceFieldsProps = {
  /** Form path of the source object, e.g. ['source'] or [3, 'source'] inside the entries list. */
  name: (string | number)[];
  /** In a table cell: stacked inputs named by aria-label (with `rowLabel`) instead of visible labels. */
  compact?: boolean;
  rowLabel?: string;
  testIdPrefix: string;
};

/** Document (number and title), date of issue (optional) and link of a legal source. */
export function SourceFields({ name, compact = false, rowLabel, testIdPrefix }: SourceFieldsProps) {
  const { t } = useI18n();
  const required = { required: true, whitespace: true, message: t('common.required') };
  const label = (text: string) => (compact ? undefined : text);
  const aria = (text: string) => (compact ? `${text} — ${rowLabel ?? ''}` : undefined);
  const item = compact ? { style: { marginBottom: 4 } } : {};
  return (
    <Flex vertical={compact} gap={compact ? 0 : 16} wrap>
      <Form.Item {...item} label={label(t('schedules.document'))} name={[...name, 'document']} rules={[required]}
        style={compact ? item.style : { flex: '2 1 320px' }}>
        <Input aria-label={aria(t('schedules.document'))} placeholder={compact ? t('schedules.document') : undefined}
          data-testid={`${testIdPrefix}-document`} maxLength={500} />
      </Form.Item>
      <Form.Item {...item} label={label(t('schedules.issuedOn'))} name={[...name, 'issuedOn']}>
        <Input type="date" aria-label={aria(t('schedules.issuedOn'))} data-testid={`${testIdPrefix}-issued-on`} style={{ width: 170 }} />
      </Form.Item>
      <Form.Item {...item} label={label(t('schedules.url'))} name={[...name, 'url']}
        rules={[required, { type: 'url', message: t('schedules.urlInvalid') }]} style={compact ? item.style : { flex: '2 1 320px' }}>
        <Input type="url" aria-label={aria(t('schedules.url'))} placeholder="https://…"
          data-testid={`${testIdPrefix}-url`} maxLength={1000} />
      </Form.Item>
    </Flex>
  );
}
