import { App, Form, Input, Modal } from 'antd';
import { createUser } from '../../../api/admin';
import type { CreateUserBody } from '../../../api/admin';
import { ErrorAlert } from '../../../ui/error-alert';
import { HiddenSubmit } from '../../../ui/hidden-submit';
import { newPasswordRules, passwordHint } from '../../auth/utils/password-rules';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { RoleSelect } from './role-select';
import { UnitSelect } from '../../org/components/unit-select';
import { useAsyncAction } from '../../../ui/use-async-action';

export type UserCreateDialogProps = { open: boolean; onClose: () => void; onCreated: () => void };

/** New account: username, display name, first password, unit (valid today) and roles. */
export function UserCreateDialog({ open, onClose, onCreated }: UserCreateDialogProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateUserBody>();
  const { run, pending: saving, error, setError } = useAsyncAction();

  const submit = async (values: CreateUserBody) => {
    await run(async () => {
      const { user } = await createUser({ ...values, username: values.username.trim(), displayName: values.displayName.trim() });
      message.success(t('users.created', { name: user.username }));
      onCreated();
      onClose();
    });
  };

  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <Modal open={open} title={t('users.createTitle')} okText={t('common.create')} cancelText={t('common.cancel')}
      confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden afterClose={() => setError(undefined)}>
      {error !== undefined && <ErrorAlert message={errorText(error)} />}
      <Form<CreateUserBody> form={form} layout="vertical" onFinish={submit} name="create-user" initialValues={{ roles: [] }}>
        <Form.Item label={t('users.username')} name="username" rules={[required]} extra={t('users.usernameHint')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('users.displayName')} name="displayName" rules={[required]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item label={t('users.password')} name="password" rules={newPasswordRules(t)} extra={passwordHint(t)}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label={t('users.unit')} name="unitId" rules={[{ required: true, message: t('common.required') }]}>
          <UnitSelect />
        </Form.Item>
        <Form.Item label={t('users.roles')} name="roles" rules={[{ required: true, type: 'array', min: 1, message: t('users.rolesRequired') }]}>
          <RoleSelect />
        </Form.Item>
        <HiddenSubmit />
      </Form>
    </Modal>
  );
}
