import { SearchOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row } from 'antd';
import { useEffect } from 'react';
import { useI18n } from '../../i18n/hooks/use-i18n';

export type LookupValues = { code: string; last4: string };

export type LookupFormProps = { initialCode: string; pending: boolean; onLookup: (values: LookupValues) => void };

/** The dossier code (from Form 01 or its QR code) and the last 4 digits of the phone or ID number given at submission. */
export function LookupForm({ initialCode, pending, onLookup }: LookupFormProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<LookupValues>();
  useEffect(() => {
    form.setFieldValue('code', initialCode);
    if (initialCode) document.getElementById('lookup-last4')?.focus();
  }, [initialCode, form]);
  return (
    <Form<LookupValues> form={form} layout="vertical" name="lookup" initialValues={{ code: initialCode, last4: '' }}
      onFinish={(values) => onLookup({ code: values.code.trim(), last4: values.last4.trim() })}>
      <Row gutter={16} align="bottom">
        <Col xs={24} md={12}>
          <Form.Item label={t('lookup.code')} name="code" extra={t('lookup.codeHint')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }, { min: 5, message: t('lookup.codeInvalid') }]}>
            <Input id="lookup-code" autoComplete="off" spellCheck={false} maxLength={80} data-testid="lookup-code" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item label={t('lookup.last4')} name="last4" extra={t('lookup.last4Hint')}
            rules={[{ required: true, message: t('common.required') }, { pattern: /^\d{4}$/, message: t('lookup.last4Invalid') }]}>
            <Input id="lookup-last4" inputMode="numeric" autoComplete="off" maxLength={4} data-testid="lookup-last4" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />} loading={pending} data-testid="lookup-submit" block>
              {t('lookup.submit')}
            </Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
