import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { login } from '../../../api/auth';
import type { User } from '../../../api/types';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';

type LoginValues = { username: string; password: string };

/** Username + password; shows the server's reason on failure (wrong credentials, too many attempts). */
export function LoginForm({ onSuccess }: { onSuccess: (user: User) => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [error, setError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);

  const submit = async ({ username, password }: LoginValues) => {
    setSubmitting(true);
    setError(undefined);
    try {
      const { user } = await login(username.trim(), password);
      onSuccess(user);
    } catch (reason) {
      setError(reason);
      setSubmitting(false);
    }
  };

  return (
    <Form<LoginValues> layout="vertical" requiredMark={false} onFinish={submit} aria-label={t('login.title')}>
      {error !== undefined && <ErrorAlert message={errorText(error)} />}
      <Form.Item
        label={t('login.username')}
        name="username"
        rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
      >
        <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus size="large" />
      </Form.Item>
      <Form.Item
        label={t('login.password')}
        name="password"
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
        {t('login.submit')}
      </Button>
    </Form>
  );
}
