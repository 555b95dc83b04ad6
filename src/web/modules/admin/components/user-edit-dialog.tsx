import { App, Form, Input, Modal, Switch } from 'antd';
import { updateUser } from '../../../api/admin';
import type { AdminUser, RoleCode } from '../../../api/types';
import { ErrorAlert } from '../../../ui/error-alert';
import { HiddenSubmit } from '../../../ui/hidden-submit';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { RoleSelect } from './role-select';
import { UnitSelect } from '../../org/components/unit-select';
import { useAsyncAction } from '../../../ui/use-async-action';

type Values = { displayName: string; unitId?: string; roles: RoleCode[]; active: boolean };

export type UserEditDialogProps = { user?: AdminUser; onClose: () => void; onSaved: () => void };

/** Display name, unit, roles and active flag of an account; sends only what changed. */
export function UserEditDialog({ user, onClose, onSaved }: UserEditDialogProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { run, pending: saving, error, setError } = useAsyncAction();

  const submit = async (values: Values) => {
    if (!user) return;
    const changes = {
      ...(values.displayName.trim() !== user.displayName && { displayName: values.displayName.trim() }),
      ...(values.unitId && values.unitId !== user.unitId && { unitId: values.unitId }),
      ...(values.roles.join() !== user.roles.join() && { roles: values.roles }),
      ...(values.active !== user.active && { active: values.active }),
    };
    if (Object.keys(changes).length === 0) { onClose(); return; }
    await run(async () => {
      await updateUser(user.id, changes);
      message.success(t('users.saved', { name: user.username }));
      onSaved();
      onClose();
    });
  };

  return (
    <Modal open={Boolean(user)} title={user && t('users.editTitle', { name: user.username })} okText={t('common.save')}
      cancelText={t('common.cancel')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose}
      destroyOnHidden afterClose={() => setError(undefined)}>
      {error !== undefined && <ErrorAlert message={errorText(error)} />}
      {user && (
        <Form<Values> form={form} layout="vertical" onFinish={submit} name="edit-user"
          initialValues={{ displayName: user.displayName, unitId: user.unitId ?? undefined, roles: user.roles, active: user.active }}>
          <Form.Item label={t('users.displayName')} name="displayName" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item label={t('users.unit')} name="unitId" extra={user.unitName ? t('users.currentUnit', { name: user.unitName }) : undefined}>
            <UnitSelect />
          </Form.Item>
          <Form.Item label={t('users.roles')} name="roles" rules={[{ required: true, type: 'array', min: 1, message: t('users.rolesRequired') }]}>
            <RoleSelect />
          </Form.Item>
          <Form.Item label={t('users.active')} name="active" valuePropName="checked" extra={t('users.activeHint')}>
            <Switch />
          </Form.Item>
          <HiddenSubmit />
        </Form>
      )}
    </Modal>
  );
}
