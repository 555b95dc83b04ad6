import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card } from 'antd';
import { useState } from 'react';
import { listTokens, revokeToken } from '../api/auth';
import type { ApiToken } from '../api/types';
import { useApi } from '../api/use-api';
import { useErrorText } from '../modules/i18n/hooks/use-error-text';
import { useI18n } from '../modules/i18n/hooks/use-i18n';
import { TokenCreateDialog } from '../modules/tokens/components/token-create-dialog';
import { TokenSecretDialog } from '../modules/tokens/components/token-secret-dialog';
import { TokensTable } from '../modules/tokens/components/tokens-table';
import { ErrorAlert } from '../ui/error-alert';
import { PageHeader } from '../ui/page-header';

/** /admin/tokens — API tokens of the signed-in user (every user, not only administrators). */
export function TokensPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const tokens = useApi((signal) => listTokens(signal), []);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<{ secret: string; name: string }>();

  const revoke = async (token: ApiToken) => {
    try {
      await revokeToken(token.id);
      message.success(t('tokens.revoked', { name: token.name }));
      tokens.reload();
    } catch (error) {
      message.error(errorText(error));
    }
  };

  return (
    <>
      <PageHeader title={t('module.tokens.title')} description={t('tokens.lead')}
        extra={<Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('tokens.create')}</Button>} />
      <Card>
        {tokens.error !== undefined && <ErrorAlert message={errorText(tokens.error)} retry={{ label: t('common.retry'), onClick: tokens.reload }} />}
        <TokensTable tokens={tokens.data?.tokens ?? []} loading={tokens.loading} onRevoke={revoke} />
      </Card>
      <TokenCreateDialog open={creating} onClose={() => setCreating(false)}
        onCreated={(secret, name) => { setShown({ secret, name }); tokens.reload(); }} />
      <TokenSecretDialog secret={shown?.secret} name={shown?.name} onClose={() => setShown(undefined)} />
    </>
  );
}
