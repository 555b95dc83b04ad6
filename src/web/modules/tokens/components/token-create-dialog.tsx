import { Form, Input, Modal, Select } from 'antd';
import { createToken } from '../../../api/auth';
import { ErrorAlert } from '../../../ui/error-alert';
import { HiddenSubmit } from '../../../ui/hidden-submit';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { useAsyncAction } from '../../../ui/use-async-action';

type Values = { name: string; expiresInDays: number | 'never' };

const LIFETIMES = [30, 90, 180, 365] as const;

export type TokenCreateDialogProps = {
  open: boolean;
  onClose: () => void;
  /** With the secret, which the server shows only in this answer. */
  onCreated: (secret: string, name: string) => void;
};

/** A named token for scripts and integrations, with an optional lifetime. */
export function TokenCreateDialog({ open, onClose, onCreated }: TokenCreateDialogProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const { run, pending: saving, error, setError } = useAsyncAction();

  const submit = async ({ name, expiresInDays }: Values) => {
    await run(async () => {
      const created = await createToken(name.trim(), expiresInDays === 'never' ? undefined : expiresInDays);
      onCreated(created.secret, created.token.name);
      onClose();
    });
  };

  return (
    <Modal open={open} title={t('tokens.createTitle')} okText={t('common.create')} cancelText={t('common.cancel')}
      confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden afterClose={() => setError(undefined)}>
      {error !== undefined && <ErrorAlert message={errorText(error)} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} name="create-token" initialValues={{ expiresInDays: 90 }}>
        <Form.Item label={t('tokens.name')} name="name" extra={t('tokens.nameHint')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 100 }]}>
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item label={t('tokens.lifetime')} name="expiresInDays">
          <Select options={[
            ...LIFETIMES.map((days) => ({ value: days, label: t('tokens.days', { days }) })),
            { value: 'never', label: t('tokens.never') },
          ]} />
        </Form.Item>
        <HiddenSubmit />
      </Form>
    </Modal>
  );
}
