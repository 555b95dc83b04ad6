import { PaperClipOutlined } from '@ant-design/icons';
import { Form, Tag } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { uploadDossierDocument } from '../../../api/dossier-documents';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { formatFileSize } from '../utils/document-files';
import { DocumentPicker } from './document-picker';

export type ResultFile = ReturnType<typeof useResultFile>;

/** The electronic result chosen in the "resolved" dialog, attached (kind `result`) before the action is sent. */
export function useResultFile(dossierId: string) {
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState<string>();
  // Stored already in this dialog: a retry after a refused action does not attach it a second time.
  const attached = useRef<File | undefined>(undefined);
  const attach = useCallback(async () => {
    if (!file || attached.current === file) return;
    await uploadDossierDocument(dossierId, file, { kind: 'result' });
    attached.current = file;
  }, [dossierId, file]);
  const reset = useCallback(() => { setFile(undefined); setProblem(undefined); attached.current = undefined; }, []);
  const pick = useCallback((next: File | undefined) => { setFile(next); setProblem(undefined); }, []);
  return { file, problem, pick, refuse: setProblem, attach, reset };
}

/** Optional: the result file, picked here and uploaded when the officer records the result. */
export function ResultFileField({ state }: { state: ResultFile }) {
  const { t, lang } = useI18n();
  return (
    <Form.Item label={t('documents.result.label')} extra={t('documents.result.hint')}
      validateStatus={state.problem ? 'error' : undefined} help={state.problem}>
      {state.file ? (
        <Tag icon={<PaperClipOutlined aria-hidden />} closable={{ 'aria-label': t('documents.intake.remove', { name: state.file.name }) }} onClose={() => state.pick(undefined)} data-testid="action-result-file">
          {state.file.name} ({formatFileSize(state.file.size, lang)})
        </Tag>
      ) : (
        <DocumentPicker label={t('documents.result.choose')} testId="action-result-upload" onPick={state.pick} onRefuse={state.refuse} />
      )}
    </Form.Item>
  );
}
