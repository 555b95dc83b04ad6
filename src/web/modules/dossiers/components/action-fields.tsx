import { Alert, Button, Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import type { DossierActionType, DossierDetails } from '../../../api/types';
import { useSession } from '../../auth/hooks/use-session';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { UnitSelect } from '../../org/components/unit-select';
import { ACTION_SPECS } from '../utils/action-specs';
import { formatAppointment } from '../utils/dossier-time';

/** User ids are UUIDs (the server stores the assignee as one). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ActionFieldsProps = { type: DossierActionType; dossier: DossierDetails };

/** The small form of one action: its own fields, then the reason (required where the law wants one written). */
export function ActionFields({ type, dossier }: ActionFieldsProps) {
  const { t, tOr, lang } = useI18n();
  const spec = ACTION_SPECS[type];
  const has = (field: (typeof spec.fields)[number]) => spec.fields.includes(field);
  const required = { required: true, whitespace: true, message: t('common.required') };
  const form = Form.useFormInstance();
  const { user } = useSession();
  const method = Form.useWatch('method', form);
  const userId = { pattern: UUID, message: t('dossier.assigneeIdInvalid') };
  const pending = dossier.pendingExtension;
  return (
    <>
      {has('pendingExtension') && pending && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} data-testid="action-pending-extension"
          title={t('dossier.pendingExtension', { date: formatAppointment(pending.newDueAt, lang), reason: pending.reason })}
          description={t('dossier.requestedBy', { name: pending.requestedBy, at: formatAppointment(pending.requestedAt, lang) })} />
      )}
      {has('assignee') && (
        <>
          <Row gutter={16}>
            <Col span={12}><Form.Item label={t('dossier.assigneeId')} name="assigneeId" rules={[required, userId]} extra={t('dossier.assigneeIdHint')}>
              <Input data-testid="action-assignee-id" autoComplete="off" spellCheck={false} /></Form.Item></Col>
            <Col span={12}><Form.Item label={t('dossier.assigneeName')} name="assigneeName"><Input data-testid="action-assignee-name" autoComplete="off" /></Form.Item></Col>
          </Row>
          {user && <Button size="small" style={{ marginBottom: 16 }} data-testid="action-assign-me"
            onClick={() => form.setFieldsValue({ assigneeId: user.id, assigneeName: user.displayName })}>{t('dossier.assignMe')}</Button>}
        </>
      )}
      {has('stepNote') && (
        <>
          <Form.Item label={t('dossier.nextAssignee')} name="assigneeId" rules={[userId]}><Input autoComplete="off" spellCheck={false} /></Form.Item>
          <Form.Item label={t('dossier.note')} name="note"><Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} /></Form.Item>
        </>
      )}
      {has('consultationRequest') && (
        <>
          <Form.Item label={t('dossier.consultUnit')} name="unitId" rules={[{ required: true, message: t('common.required') }]}>
            <UnitSelect data-testid="action-consult-unit" />
          </Form.Item>
          <Form.Item label={t('dossier.question')} name="question" rules={[required]}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} data-testid="action-question" />
          </Form.Item>
          <Row gutter={16}>
            <Col span={12}><Form.Item label={t('dossier.answerDueDate')} name="dueDate" rules={[required]}><Input type="date" data-testid="action-due-date" /></Form.Item></Col>
            <Col span={12}><Form.Item label={t('dossier.answerDueTime')} name="dueTime"><Input type="time" /></Form.Item></Col>
          </Row>
        </>
      )}
      {has('consultationAnswer') && (
        <>
          <Form.Item label={t('dossier.consultation')} name="consultationId" rules={[{ required: true, message: t('common.required') }]}>
            <Select data-testid="action-consultation" options={dossier.consultations.filter((c) => !c.answeredAt)
              .map((c) => ({ value: c.id, label: `${c.question} (${formatAppointment(c.dueAt, lang)})` }))} />
          </Form.Item>
          <Form.Item label={t('dossier.answer')} name="answer" rules={[required]}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} data-testid="action-answer" />
          </Form.Item>
        </>
      )}
      {has('agencyTask') && (
        <>
          <Form.Item label={t('tasks.task')} name="taskId" rules={[{ required: true, message: t('common.required') }]}>
            <Select data-testid="action-task" options={dossier.tasks.filter((task) => task.mayComplete)
              .map((task) => ({ value: task.id, label: task.dueAt ? `${task.name} (${t('tasks.due', { date: formatAppointment(task.dueAt, lang) })})` : task.name }))} />
          </Form.Item>
          <Form.Item label={t('tasks.note')} name="note"><Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} data-testid="action-task-note" /></Form.Item>
        </>
      )}
      {has('missing') && (
        <Form.Item label={t('dossier.missing')} name="missing" extra={t('dossier.missingHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('dossier.missingRequired') }]}>
          <Select mode="tags" data-testid="action-missing" tokenSeparators={[';']} defaultActiveFirstOption={false}
            options={dossier.components.map((c) => ({ value: c.name, label: c.name }))} />
        </Form.Item>
      )}
      {has('legalBasis') && dossier.supplementCount >= 1 && (
        <Form.Item label={t('dossier.legalBasis')} name="legalBasis" extra={t('dossier.legalBasisHint')}>
          <Input maxLength={500} data-testid="action-legal-basis" />
        </Form.Item>
      )}
      {has('payment') && (
        <Row gutter={16}>
          <Col span={14}><Form.Item label={t('dossier.paymentMethod')} name="method" rules={[{ required: true, message: t('common.required') }]}>
            <Radio.Group data-testid="action-payment-method" options={(['cash', 'transfer', 'online'] as const).map((m) => ({ value: m, label: t(`dossier.enum.method.${m}`) }))} />
          </Form.Item></Col>
          {method === 'online' && <Col span={10}><Form.Item label={t('dossier.onlineFlag')} name="onlineFlag">
            <Select options={[{ value: 1, label: t('dossier.onlineFlag1') }, { value: 2, label: t('dossier.onlineFlag2') }]} />
          </Form.Item></Col>}
        </Row>
      )}
      {has('amount') && (
        <Form.Item label={t('dossier.amount')} name="amountVnd">
          <InputNumber<number> min={0} step={1000} style={{ width: 220 }} suffix="đ" data-testid="action-amount" />
        </Form.Item>
      )}
      {has('newAppointment') && (
        <Row gutter={16}>
          <Col span={12}><Form.Item label={t('dossier.newDueDate')} name="newDueDate" rules={[required]}><Input type="date" data-testid="action-new-due-date" /></Form.Item></Col>
          <Col span={12}><Form.Item label={t('dossier.newDueTime')} name="newDueTime" rules={[required]}><Input type="time" data-testid="action-new-due-time" /></Form.Item></Col>
        </Row>
      )}
      {has('resultNote') && (
        <Form.Item label={t('dossier.resultNote')} name="note"><Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} data-testid="action-note" /></Form.Item>
      )}
      {spec.reason !== 'none' && (
        <Form.Item label={tOr(`dossier.reasonFor.${type}`, t('dossier.reason'))} name="reason"
          rules={spec.reason === 'required' ? [{ required: true, whitespace: true, message: t('dossier.reasonRequired') }] : []}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="action-reason" />
        </Form.Item>
      )}
    </>
  );
}
