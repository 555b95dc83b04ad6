import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { IntakeForm } from '../modules/dossiers/components/intake-form';
import { useI18n } from '../modules/i18n/hooks/use-i18n';
import { PageHeader } from '../ui/page-header';

/** /dossiers/new — Tiếp nhận hồ sơ: the desk officer checks a dossier and receives it, asks once for what is missing, or refuses it. */
export function DossierIntakePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('intake.title')} description={t('intake.lead')}
        extra={<Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate('/dossiers')}>{t('dossier.backToQueue')}</Button>} />
      <IntakeForm />
    </>
  );
}
