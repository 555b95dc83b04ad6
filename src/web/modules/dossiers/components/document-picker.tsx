import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import { DOCUMENT_ACCEPT } from '../../../api/dossier-documents';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { fileProblem, MAX_DOCUMENT_BYTES } from '../utils/document-files';

export type DocumentPickerProps = {
  label: string;
  /** A file that passed the local checks (type by name, size); the server still checks its bytes. */
  onPick: (file: File) => void;
  /** A file refused before sending, with the sentence why. */
  onRefuse: (message: string) => void;
  disabled?: boolean;
  loading?: boolean;
  testId: string;
};

/** antd Upload as a file picker only: the caller sends the file (raw body) and lists it. */
export function DocumentPicker({ label, onPick, onRefuse, disabled, loading, testId }: DocumentPickerProps) {
  const { t } = useI18n();
  return (
    <Upload accept={DOCUMENT_ACCEPT} showUploadList={false} multiple={false} disabled={disabled || loading} data-testid={testId}
      beforeUpload={(file) => {
        const problem = fileProblem(file);
        if (problem) onRefuse(t(`documents.problem.${problem}`, { mb: MAX_DOCUMENT_BYTES / 1024 / 1024 }));
        else onPick(file);
        return Upload.LIST_IGNORE;
      }}>
      <Button icon={<UploadOutlined aria-hidden />} disabled={disabled} loading={loading} data-testid={`${testId}-button`}>{label}</Button>
    </Upload>
  );
}
