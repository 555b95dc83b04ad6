import type { FormRule } from 'antd';
import { MIN_PASSWORD_LENGTH } from '../../../../domain/auth/password-policy.js';
import type { I18n } from '../../i18n/hooks/use-i18n';

/** The server's limit, shared (not copied) so hint and check cannot drift; the server still has the last word. */
export { MIN_PASSWORD_LENGTH };

/** Form rules for a new password: required and at least MIN_PASSWORD_LENGTH characters. */
export function newPasswordRules(t: I18n['t']): FormRule[] {
  return [
    { required: true, message: t('common.required') },
    { min: MIN_PASSWORD_LENGTH, message: t('password.tooShort', { min: MIN_PASSWORD_LENGTH }) },
  ];
}

/** "At least 10 characters, …" under every new-password field. */
export const passwordHint = (t: I18n['t']) => t('password.hint', { min: MIN_PASSWORD_LENGTH });
