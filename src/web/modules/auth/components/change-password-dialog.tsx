import { App, Form, Input, Modal } from 'antd';
import { changePassword } from '../../../api/auth';
import { ErrorAlert } from '../../../ui/error-alert';
import { HiddenSubmit } from '../../../ui/hidden-submit';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { newPasswordRules, passwordHint } from '../utils/password-rules';
import { useAsyncAction } from '../../../ui/use-async-action';

type Values = { currentPassword: string; newPassword: string; confirm: string };

/** The signed-in user changes their own password; the server judges strength (WEAK_PASSWORD). */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { run, pending: saving, error, setError } = useAsyncAction();

  const close = () => {
    form.resetFields();
    setError(undefined);
    onClose();
  };

  const submit = async ({ currentPassword, newPassword }: Values) => {
    await run(async () => {
      await changePassword(currentPassword, newPassword);
      message.success(t('password.changed'));
      close();
    });
  };

  return (
    <Modal
      open={open}
      title={t('password.title')}
      okText={t('password.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      {error !== undefined && <ErrorAlert message={errorText(error)} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} name="change-password">
        <Form.Item label={t('password.current')} name="currentPassword" rules={[{ required: true, message: t('common.required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item label={t('password.new')} name="newPassword" extra={passwordHint(t)}
          rules={newPasswordRules(t)}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label={t('password.confirm')} name="confirm" dependencies={['newPassword']}
          rules={[{ required: true, message: t('common.required') },
            ({ getFieldValue }) => ({
              validator: (_, value) => (!value || value === getFieldValue('newPassword')
                ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch')))),
            })]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <HiddenSubmit />
      </Form>
    </Modal>
  );
}
