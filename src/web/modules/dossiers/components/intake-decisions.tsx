import { CheckOutlined, FileExclamationOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { ProcedureComponent } from '../../../api/types';
import { HiddenSubmit } from '../../../ui/hidden-submit';
import { useI18n } from '../../i18n/hooks/use-i18n';

export type IntakeDecisionsProps = {
  /** Required components still missing: receiving is blocked, a supplement request lists them. */
  missing: ProcedureComponent[];
  disabled: boolean;
  pending: boolean;
  /** Checks the intake form; false keeps the dialog closed (the form shows what is wrong). */
  validate: () => Promise<boolean>;
  onDecide: (decision: 'receive' | 'request_supplement' | 'refuse', reason?: string) => void;
};

/** Tiếp nhận (Form 01), Yêu cầu bổ sung (Form 02, what is missing, once) or Từ chối (Form 03, reason required). */
export function IntakeDecisions({ missing, disabled, pending, validate, onDecide }: IntakeDecisionsProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState<'request_supplement' | 'refuse'>();
  const [form] = Form.useForm<{ reason?: string }>();
  const open = async (decision: 'request_supplement' | 'refuse') => { if (await validate()) setAsking(decision); };
  const confirm = ({ reason }: { reason?: string }) => { if (asking) onDecide(asking, reason?.trim() || undefined); setAsking(undefined); };
  return (
    <>
      <Flex gap={8} wrap align="center">
        <Button type="primary" icon={<CheckOutlined aria-hidden />} disabled={disabled || missing.length > 0} loading={pending}
          aria-describedby={missing.length ? 'intake-missing-hint' : undefined}
          onClick={async () => { if (await validate()) onDecide('receive'); }} data-testid="intake-receive">
          {t('intake.receive')}
        </Button>
        <Button icon={<FileExclamationOutlined aria-hidden />} disabled={disabled || missing.length === 0} loading={pending}
          onClick={() => open('request_supplement')} data-testid="intake-supplement">
          {t('intake.supplement')}
        </Button>
        <Button danger icon={<StopOutlined aria-hidden />} disabled={disabled} loading={pending}
          onClick={() => open('refuse')} data-testid="intake-refuse">
          {t('intake.refuse')}
        </Button>
      </Flex>
      <div id="intake-missing-hint" aria-live="polite" style={{ marginTop: 12 }}>
        {!disabled && missing.length > 0 ? <Alert type="warning" showIcon title={t('intake.missingHint', { list: missing.map((c) => c.name).join('; ') })} />
          : <Typography.Text type="secondary">{disabled ? t('intake.pickProcedureFirst') : t('intake.completeHint')}</Typography.Text>}
      </div>
      <Modal open={asking !== undefined} destroyOnHidden onCancel={() => setAsking(undefined)} onOk={() => form.submit()}
        title={asking === 'refuse' ? t('intake.refuseTitle') : t('intake.supplementTitle')}
        okText={asking === 'refuse' ? t('intake.refuse') : t('intake.supplement')} cancelText={t('common.cancel')}
        okButtonProps={{ danger: asking === 'refuse', 'data-testid': 'intake-decision-confirm' }}>
        {asking === 'request_supplement' && (
          <>
            <Typography.Paragraph>{t('intake.supplementLead')}</Typography.Paragraph>
            <ul>{missing.map((c) => <li key={c.code}>{c.name}</li>)}</ul>
          </>
        )}
        <Form form={form} layout="vertical" onFinish={confirm} name="intake-decision">
          <Form.Item label={t('dossier.reason')} name="reason"
            rules={asking === 'refuse' ? [{ required: true, whitespace: true, message: t('dossier.reasonRequired') }] : []}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="intake-reason" />
          </Form.Item>
          <HiddenSubmit />
        </Form>
      </Modal>
    </>
  );
}
