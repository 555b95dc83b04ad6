import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useI18n } from '../modules/i18n/hooks/use-i18n';

/** Any path the app does not know. */
export function NotFoundPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={<h1 className="cchc-result-title">{t('notFound.title')}</h1>}
      subTitle={t('notFound.lead')}
      extra={<Button type="primary" onClick={() => navigate('/')}>{t('common.backHome')}</Button>}
    />
  );
}
