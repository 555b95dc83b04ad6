import { SendOutlined } from '@ant-design/icons';
import { Button, Card, Form, Skeleton } from 'antd';
import { useEffect } from 'react';
import { ApiError } from '../../../api/client';
import { receiveDossier } from '../../../api/dossiers';
import type { ComponentStatus, DossierDetails } from '../../../api/types';
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
import { ApplicantFields } from './applicant-fields';
import { ComponentChecklist } from './component-checklist';
import { ProcedureFacts } from './procedure-facts';
import { ProcedureSelect } from './procedure-select';

type Values = { procedureCode?: string; receivingUnitId?: string; applicant: ApplicantValues; components?: Record<string, ComponentStatus> };

const FIELDS = new Set(['receivingUnitId', 'procedureCode', 'applicant']);

/** A citizen's online dossier: procedure (full-online first), the agency, their data and what they hand in. */
export function SubmissionForm({ onSubmitted }: { onSubmitted: (dossier: DossierDetails) => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { user } = useSession();
  const [form] = Form.useForm<Values>();
  const code = Form.useWatch('procedureCode', form);
  const procedure = useProcedureInForce(code);
  const version = procedure.data ?? undefined;
  const { run, pending, error } = useAsyncAction();

  useEffect(() => {
    form.setFieldValue('components', Object.fromEntries((version?.components ?? []).map((c) => [c.code, 'missing'])));
  }, [version, form]);
  useEffect(() => {
    const path = error instanceof ApiError ? fieldPath(error.details?.field) : undefined;
    if (path && FIELDS.has(String(path[0]))) form.setFields([{ name: path as never, errors: [errorText(error)] }]);
  }, [error, errorText, form]);

  const submit = (values: Values) => run(async () => {
    const all = form.getFieldsValue(true) as Values;
    onSubmitted(await receiveDossier({
      procedureCode: values.procedureCode!, channel: 'online', decision: 'submit', receivingUnitId: values.receivingUnitId!,
      applicant: toApplicant(values.applicant),
      components: Object.entries(all.components ?? {}).map(([component, status]) => ({ code: component, status })),
    }));
  });
  const required = { required: true, message: t('common.required') };

  return (
    <Form<Values> form={form} layout="vertical" name="submission" onFinish={submit} scrollToFirstError={{ block: 'center' }}
      initialValues={{ applicant: { kind: 'person', name: user?.displayName ?? '' } }}>
      <Card title={<h2 className="cchc-card-title">{t('submission.what')}</h2>}>
        <Form.Item label={t('intake.procedure')} name="procedureCode" rules={[required]} extra={t('submission.procedureHint')}>
          <ProcedureSelect onlineOnly data-testid="submission-procedure" />
        </Form.Item>
        {version && <ProcedureFacts procedure={version} />}
        <Form.Item label={t('submission.unit')} name="receivingUnitId" rules={[required]} extra={t('submission.unitHint')}>
          <UnitSelect data-testid="submission-unit" placeholder={t('submission.unitPlaceholder')} />
        </Form.Item>
      </Card>
      <Card title={<h2 className="cchc-card-title">{t('intake.applicant')}</h2>} style={{ marginTop: 16 }}>
        <ApplicantFields testIdPrefix="submission" />
      </Card>
      <Card title={<h2 className="cchc-card-title">{t('intake.components')}</h2>} style={{ marginTop: 16 }}>
        <p className="cchc-muted-text" style={{ marginTop: 0 }}>{t('submission.componentsLead')}</p>
        {!code ? <p className="cchc-muted-text">{t('intake.pickProcedureFirst')}</p>
          : !version ? (procedure.loading ? <Skeleton active /> : <p className="cchc-muted-text">{t('intake.noVersion')}</p>)
            : <ComponentChecklist components={version.components} mode="citizen" testIdPrefix="submission" />}
      </Card>
      <Card style={{ marginTop: 16 }}>
        <div aria-live="polite">{error !== undefined && <ErrorAlert message={errorText(error)} />}</div>
        <Button type="primary" htmlType="submit" icon={<SendOutlined aria-hidden />} loading={pending} disabled={!version} data-testid="submission-submit">
          {t('submission.submit')}
        </Button>
      </Card>
    </Form>
  );
}
