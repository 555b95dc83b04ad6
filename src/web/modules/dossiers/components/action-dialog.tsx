import { Alert, Button, Form, Modal, Typography } from 'antd';
import { useEffect } from 'react';
import { ApiError } from '../../../api/client';
import { actOnDossier } from '../../../api/dossiers';
import type { DossierActionType, DossierDetails } from '../../../api/types';
import { ErrorAlert } from '../../../ui/error-alert';
import { HiddenSubmit } from '../../../ui/hidden-submit';
import { useAsyncAction } from '../../../ui/use-async-action';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import type { ActionValues } from '../utils/action-body';
import { buildActionBody } from '../utils/action-body';
import { ACTION_SPECS } from '../utils/action-specs';
import { formFieldOf } from '../utils/action-errors';
import { ActionFields } from './action-fields';
import { ResultFileField, useResultFile } from './result-file-field';

export type ActionDialogProps = {
  type: DossierActionType | undefined;
  dossier: DossierDetails;
  onClose: () => void;
  /** The action went through: the server's new state of the dossier. */
  onDone: (type: DossierActionType, next: DossierDetails) => void;
  /** Someone else changed the dossier: load it again. */
  onReload: () => void;
  /** Values the form starts with (e.g. the agency task whose button opened the dialog). */
  initialValues?: ActionValues;
};

/** One action's form in a dialog, sent at the version the page loaded; says a 409 and a 422 in words. */
export function ActionDialog({ type, dossier, onClose, onDone, onReload, initialValues }: ActionDialogProps) {
  const { t, tOr } = useI18n();
  const errorText = useErrorText();
  const [form] = Form.useForm<ActionValues>();
  const { run, pending, error, setError } = useAsyncAction();
  const resultFile = useResultFile(dossier.id);
  // 409 is also a rule of the law (re-dating once, supplement once): only a stale version asks for a reload.
  const stale = error instanceof ApiError && error.status === 409 && (error.details?.currentVersion !== undefined || error.details?.field === 'version');
  const allowed = error instanceof ApiError && Array.isArray(error.details?.allowedActions) ? (error.details.allowedActions as string[]) : undefined;

  useEffect(() => {
    const name = error instanceof ApiError ? formFieldOf(error.details?.field) : undefined;
    if (name) form.setFields([{ name, errors: [errorText(error)] }]);
  }, [error, errorText, form]);

  const submit = (values: ActionValues) => run(async () => {
    if (!type) return;
    if (type === 'resolved') await resultFile.attach(); // stored first: a failed upload records no result
    onDone(type, await actOnDossier(dossier.id, buildActionBody(type, values, dossier.version)));
  });

  return (
    <Modal open={type !== undefined} destroyOnHidden onCancel={onClose} afterClose={() => { setError(undefined); form.resetFields(); resultFile.reset(); }}
      title={type && t(`dossier.action.${type}`)}
      okText={type && t(`dossier.action.${type}`)} cancelText={t('common.cancel')} confirmLoading={pending} onOk={() => form.submit()}
      okButtonProps={{ danger: type ? ACTION_SPECS[type].danger : false, 'data-testid': 'action-submit' }}>
      {type && <Typography.Paragraph type="secondary">{tOr(`dossier.help.${type}`, '')}</Typography.Paragraph>}
      <div aria-live="polite">
        {stale && (
          <Alert type="warning" showIcon role="alert" style={{ marginBottom: 16 }} data-testid="action-conflict" title={t('dossier.conflict')}
            action={<Button onClick={() => { onClose(); onReload(); }} data-testid="action-reload">{t('dossier.reload')}</Button>} />
        )}
        {error !== undefined && !stale && (
          <ErrorAlert message={allowed?.length ? `${errorText(error)} ${t('dossier.allowedNow', { list: allowed.map((a) => tOr(`dossier.action.${a}`, a)).join(', ') })}` : errorText(error)} />
        )}
      </div>
      {type && (
        <Form<ActionValues> form={form} layout="vertical" name={`action-${type}`} initialValues={initialValues} onFinish={submit} onValuesChange={() => { if (!stale) setError(undefined); }}>
          <ActionFields type={type} dossier={dossier} />
          {type === 'resolved' && <ResultFileField state={resultFile} />}
          <HiddenSubmit />
        </Form>
      )}
    </Modal>
  );
}
