import { Card, Col, Form, Radio, Row, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../api/client';
import type { IntakeDecision } from '../../../api/dossiers';
import { receiveDossier } from '../../../api/dossiers';
import { uploadDossierDocument } from '../../../api/dossier-documents';
import type { ComponentStatus, DossierChannel } from '../../../api/types';
import { ErrorAlert } from '../../../ui/error-alert';
import { useAsyncAction } from '../../../ui/use-async-action';
import { useSession } from '../../auth/hooks/use-session';
import { fieldPath } from '../../calendar/utils/error-field';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { UnitSelect } from '../../org/components/unit-select';
import { useProcedureInForce } from '../hooks/use-procedure';
import type { ApplicantValues } from '../utils/applicant-id';
import { toApplicant } from '../utils/applicant-id';
import { initialComponentStatuses, missingRequired } from '../utils/component-checks';
import { DESK_CHANNELS } from '../utils/dossier-labels';
import { ApplicantFields } from './applicant-fields';
import { ComponentChecklist } from './component-checklist';
import { IntakeAttachments, type PendingAttachment } from './intake-attachments';
import { IntakeDecisions } from './intake-decisions';
import { ProcedureFacts } from './procedure-facts';
import { ProcedureSelect } from './procedure-select';

type Values = {
  receivingUnitId?: string; procedureCode?: string; channel: DossierChannel; competentUnitId?: string;
  applicant: ApplicantValues; components?: Record<string, ComponentStatus>;
};

const FIELDS = new Set(['receivingUnitId', 'procedureCode', 'channel', 'competentUnitId', 'applicant']);

/** At the counter: unit, procedure, channel, applicant, the component checklist, and the desk's decision. */
export function IntakeForm() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { user } = useSession();
  const [form] = Form.useForm<Values>();
  const code = Form.useWatch('procedureCode', form);
  const statuses = Form.useWatch('components', form);
  const procedure = useProcedureInForce(code);
  const version = procedure.data ?? undefined;
  const { run, pending, error } = useAsyncAction();
  const [attachments, setAttachments] = useState<PendingAttachment[]>([]);

  // A new procedure brings its own checklist and channels.
  useEffect(() => {
    form.setFieldValue('components', version ? initialComponentStatuses(version.components) : {});
    setAttachments([]);
    const channel = form.getFieldValue('channel') as DossierChannel;
    if (version && !version.channels.includes(channel)) form.setFieldValue('channel', DESK_CHANNELS.find((c) => version.channels.includes(c)));
  }, [version, form]);
  // The field the server names gets its sentence under it as well.
  useEffect(() => {
    const path = error instanceof ApiError ? fieldPath(error.details?.field) : undefined;
    if (path && FIELDS.has(String(path[0]))) form.setFields([{ name: path as never, errors: [errorText(error)] }]);
  }, [error, errorText, form]);

  const decide = (decision: IntakeDecision, reason?: string) => run(async () => {
    const values = form.getFieldsValue(true) as Values;
    const dossier = await receiveDossier({
      procedureCode: values.procedureCode!, channel: values.channel, receivingUnitId: values.receivingUnitId!,
      competentUnitId: values.competentUnitId || undefined, applicant: toApplicant(values.applicant),
      components: Object.entries(values.components ?? {}).map(([component, status]) => ({ code: component, status })),
      decision, reason: reason ?? null,
    });
    // The scans go once the dossier exists (a refused one keeps none); one that fails is named on the dossier page.
    const uploadFailed: string[] = [];
    for (const a of decision === 'refuse' ? [] : attachments) {
      await uploadDossierDocument(dossier.id, a.file, { kind: 'component', componentCode: a.componentCode }).catch(() => uploadFailed.push(a.file.name));
    }
    navigate(`/dossiers/${dossier.id}`, { state: { intake: decision, uploadFailed } });
  });
  const validate = () => form.validateFields().then(() => true, () => false);
  const missing = version ? missingRequired(version.components, statuses) : [];
  const required = { required: true, message: t('common.required') };

  return (
    <Form<Values> form={form} layout="vertical" name="intake" scrollToFirstError={{ block: 'center' }}
      initialValues={{ receivingUnitId: user?.unitId ?? undefined, channel: 'in_person', applicant: { kind: 'person' } }}>
      <Card title={<h2 className="cchc-card-title">{t('intake.where')}</h2>}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label={t('intake.unit')} name="receivingUnitId" rules={[required]}>
              <UnitSelect data-testid="intake-unit" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('intake.channel')} name="channel" rules={[required]}>
              <Radio.Group optionType="button" data-testid="intake-channel" options={DESK_CHANNELS.map((channel) => ({
                value: channel, label: t(`dossiers.channel.${channel}`), disabled: !!version && !version.channels.includes(channel),
              }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('intake.procedure')} name="procedureCode" rules={[required]} extra={t('intake.procedureHint')}>
          <ProcedureSelect data-testid="intake-procedure" />
        </Form.Item>
        {procedure.error !== undefined && <ErrorAlert message={errorText(procedure.error)} retry={{ label: t('common.retry'), onClick: procedure.reload }} />}
        {version && <ProcedureFacts procedure={version} />}
        <Form.Item label={t('intake.competent')} name="competentUnitId" extra={t('intake.competentHint')}>
          <UnitSelect allowClear placeholder={t('intake.competentPlaceholder')} data-testid="intake-competent" />
        </Form.Item>
      </Card>
      <Card title={<h2 className="cchc-card-title">{t('intake.applicant')}</h2>} style={{ marginTop: 16 }}>
        <ApplicantFields testIdPrefix="intake" />
      </Card>
      <Card title={<h2 className="cchc-card-title">{t('intake.components')}</h2>} style={{ marginTop: 16 }}>
        {!code ? <p className="cchc-muted-text">{t('intake.pickProcedureFirst')}</p>
          : !version ? (procedure.loading ? <Skeleton active /> : <p className="cchc-muted-text">{t('intake.noVersion')}</p>)
            : <>
              <ComponentChecklist components={version.components} mode="desk" testIdPrefix="intake" />
              <IntakeAttachments components={version.components} value={attachments} onChange={setAttachments} />
            </>}
      </Card>
      <Card style={{ marginTop: 16 }}>
        <div aria-live="polite">{error !== undefined && <ErrorAlert message={errorText(error)} />}</div>
        <IntakeDecisions missing={missing} disabled={!version} pending={pending} validate={validate} onDecide={decide} />
      </Card>
    </Form>
  );
}
