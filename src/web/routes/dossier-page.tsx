import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Col, Row, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/client';
import type { DossierForm } from '../api/dossiers';
import type { DossierActionType } from '../api/types';
import { ActionsPanel } from '../modules/dossiers/components/actions-panel';
import { DossierAgencyTasks } from '../modules/dossiers/components/dossier-agency-tasks';
import { DossierConsultations } from '../modules/dossiers/components/dossier-consultations';
import { DossierDocuments } from '../modules/dossiers/components/dossier-documents';
import { DossierFacts } from '../modules/dossiers/components/dossier-facts';
import { DossierHeader } from '../modules/dossiers/components/dossier-header';
import { DossierTimeline } from '../modules/dossiers/components/dossier-timeline';
import { DossierStepTimings } from '../modules/dossiers/components/dossier-step-timings';
import { DossierReactionAlerts } from '../modules/dossiers/components/dossier-reaction-alerts';
import { PrintMenu } from '../modules/dossiers/components/print-menu';
import { PrintOffer } from '../modules/dossiers/components/print-offer';
import { useDossier } from '../modules/dossiers/hooks/use-dossier';
import { usePrintForm } from '../modules/dossiers/hooks/use-print-form';
import { ACTION_SPECS } from '../modules/dossiers/utils/action-specs';
import { useErrorText } from '../modules/i18n/hooks/use-error-text';
import { useI18n } from '../modules/i18n/hooks/use-i18n';
import { ErrorAlert } from '../ui/error-alert';

const INTAKE_FORM: Record<string, DossierForm> = { receive: '01', request_supplement: '02', refuse: '03' };

/** /dossiers/:id (id or code) — one dossier: header, applicant and agencies, checklist, timeline, allowed actions, print. */
export function DossierPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const location = useLocation();
  const dossier = useDossier(id);
  const d = dossier.data;
  const printing = usePrintForm(d?.id);
  const intake = (location.state as { intake?: string } | null)?.intake;
  const [uploadFailed] = useState(() => (location.state as { uploadFailed?: string[] } | null)?.uploadFailed ?? []);
  const [done, setDone] = useState<{ message: string; form?: DossierForm } | undefined>(() => intake
    ? { message: t(`intake.done.${intake === 'refuse' ? 'refuse' : intake === 'request_supplement' ? 'request_supplement' : 'receive'}`), form: INTAKE_FORM[intake] }
    : undefined);

  // The intake's note is shown once: a reload of the page does not say it again.
  useEffect(() => { if (intake) navigate(location.pathname, { replace: true, state: null }); }, [intake, location.pathname, navigate]);

  const afterAction = (type: DossierActionType) => {
    setDone({ message: t('dossier.done', { action: t(`dossier.action.${type}`) }), form: ACTION_SPECS[type].form });
    printing.clearError();
    dossier.reload();
  };
  const printError = printing.error && (printing.error.reason instanceof ApiError && [404, 415].includes(printing.error.reason.status)
    ? t('print.unavailable', { form: t(`print.form.${printing.error.form}`) }) : errorText(printing.error.reason));

  return (
    <>
      <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate('/dossiers')} style={{ marginBottom: 16 }}>{t('dossier.backToQueue')}</Button>
      {dossier.error !== undefined && <ErrorAlert message={errorText(dossier.error)} retry={{ label: t('common.retry'), onClick: dossier.reload }} />}
      {done && <PrintOffer message={done.message} form={done.form} onPrint={printing.print} onClose={() => setDone(undefined)} />}
      {printError && <ErrorAlert message={printError} />}
      {uploadFailed.length > 0 && <ErrorAlert message={t('documents.intake.failed', { list: uploadFailed.join(', ') })} />}
      {!d ? (dossier.loading && <Skeleton active paragraph={{ rows: 10 }} />) : (
        <>
          <DossierHeader dossier={d} extra={<PrintMenu pending={printing.pending} onPrint={printing.print} />} />
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} xl={15}>
              <ActionsPanel key={d.version} dossier={d} onDone={afterAction} onReload={dossier.reload} />
              <DossierDocuments key={`documents-${d.version}`} dossier={d} onUploaded={dossier.reload} />
              <DossierAgencyTasks key={`tasks-${d.version}`} dossier={d} onDone={afterAction} onReload={dossier.reload} />
              <DossierConsultations consultations={d.consultations} />
              <DossierReactionAlerts alerts={d.reactionAlerts ?? []} />
              <DossierStepTimings steps={d.stepTimings} />
              <DossierTimeline events={d.events} />
            </Col>
            <Col xs={24} xl={9}>
              <DossierFacts dossier={d} />
            </Col>
          </Row>
        </>
      )}
    </>
  );
}
