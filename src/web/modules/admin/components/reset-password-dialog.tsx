import { App, Form, Input, Modal } from 'antd';
import { updateUser } from '../../../api/admin';
import type { AdminUser } from '../../../api/types';
import { ErrorAlert } from '../../../ui/error-alert';
import { HiddenSubmit } from '../../../ui/hidden-submit';
import { newPasswordRules, passwordHint } from '../../auth/utils/password-rules';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { useAsyncAction } from '../../../ui/use-async-action';

export type ResetPasswordDialogProps = { user?: AdminUser; onClose: () => void };

/** An administrator sets a new password for an account (PATCH … {password}). */
export function ResetPasswordDialog({ user, onClose }: ResetPasswordDialogProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const { run, pending: saving, error, setError } = useAsyncAction();

  const submit = async ({ password }: { password: string }) => {
    if (!user) return;
    await run(async () => {
      await updateUser(user.id, { password });
      message.success(t('users.passwordReset', { name: user.username }));
      onClose();
    });
  };

  return (
    <Modal open={Boolean(user)} title={user && t('users.resetPasswordTitle', { name: user.username })}
      okText={t('users.resetPassword')} cancelText={t('common.cancel')} confirmLoading={saving}
      onOk={() => form.submit()} onCancel={onClose} destroyOnHidden afterClose={() => setError(undefined)}>
      {error !== undefined && <ErrorAlert message={errorText(error)} />}
      <Form form={form} layout="vertical" onFinish={submit} name="reset-password">
        <Form.Item label={t('password.new')} name="password" extra={passwordHint(t)}
          rules={newPasswordRules(t)}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <HiddenSubmit />
      </Form>
    </Modal>
  );
}
