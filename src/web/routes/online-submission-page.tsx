import { Button, Card, Result, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { DossierDetails } from '../api/types';
import { SubmissionForm } from '../modules/dossiers/components/submission-form';
import { useI18n } from '../modules/i18n/hooks/use-i18n';
import { PageHeader } from '../ui/page-header';

/** /nop-ho-so — Nộp hồ sơ trực tuyến: a signed-in citizen submits a dossier and gets its code to follow it at /tra-cuu. */
export function OnlineSubmissionPage() {
  const { t } = useI18n();
  const [submitted, setSubmitted] = useState<DossierDetails>();
  return (
    <>
      <PageHeader title={t('module.submission.title')} description={t('submission.lead')} />
      {submitted ? (
        <Card>
          <Result status="success" role="status"
            title={<Typography.Title level={2} className="cchc-result-title">{t('submission.done')}</Typography.Title>}
            subTitle={<>
              {t('submission.codeIs')} <strong className="cchc-mono" data-testid="submission-code">{submitted.code}</strong>. {t('submission.keepCode')}
            </>}
            extra={[
              <Link key="lookup" to={`/tra-cuu?code=${encodeURIComponent(submitted.code)}`} data-testid="submission-lookup-link">{t('submission.follow')}</Link>,
              <Button key="again" onClick={() => setSubmitted(undefined)}>{t('submission.another')}</Button>,
            ]} />
        </Card>
      ) : (
        <SubmissionForm onSubmitted={setSubmitted} />
      )}
    </>
  );
}
