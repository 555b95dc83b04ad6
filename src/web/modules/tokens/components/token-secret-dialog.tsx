import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Modal, Space } from 'antd';
import type { InputRef } from 'antd';
import { useRef } from 'react';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { copyText } from '../utils/copy-text';

export type TokenSecretDialogProps = { secret?: string; name?: string; onClose: () => void };

/** The new token's secret, shown this once, with a copy button. */
export function TokenSecretDialog({ secret, name, onClose }: TokenSecretDialogProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const inputRef = useRef<InputRef>(null);

  const copy = async () => {
    const ok = secret ? await copyText(secret, inputRef.current?.input) : false;
    if (ok) message.success(t('tokens.copied'));
    else message.warning(t('tokens.copyManually'));
  };

  return (
    <Modal open={Boolean(secret)} title={t('tokens.secretTitle', { name: name ?? '' })} onCancel={onClose}
      footer={<Button type="primary" onClick={onClose}>{t('tokens.secretDone')}</Button>} mask={{ closable: false }} destroyOnHidden>
      <Alert type="warning" showIcon title={t('tokens.secretOnce')} style={{ marginBottom: 16 }} />
      <label htmlFor="token-secret" className="cchc-field-label">{t('tokens.secret')}</label>
      <Space.Compact style={{ width: '100%', marginTop: 4 }}>
        <Input id="token-secret" data-testid="token-secret" ref={inputRef} readOnly value={secret}
          className="cchc-mono" onFocus={(event) => event.target.select()} />
        <Button icon={<CopyOutlined />} onClick={copy}>{t('tokens.copy')}</Button>
      </Space.Compact>
      <p className="cchc-muted-text" style={{ marginTop: 12 }}>
        {t('tokens.usage')}{' '}
        <a href="/docs" target="_blank" rel="noopener noreferrer">{t('tokens.docs')}<span className="cchc-sr-only"> ({t('common.opensNewTab')})</span></a>
      </p>
    </Modal>
  );
}
