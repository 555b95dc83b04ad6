import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import type { ProcedureComponent } from '../../../api/types';
import { ErrorAlert } from '../../../ui/error-alert';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { formatFileSize, MAX_DOCUMENT_BYTES } from '../utils/document-files';
import { DocumentPicker } from './document-picker';

/** A scan chosen at the counter, uploaded once the dossier exists. */
export type PendingAttachment = { key: string; componentCode: string; file: File };

export type IntakeAttachmentsProps = {
  components: ProcedureComponent[];
  value: PendingAttachment[];
  onChange: (next: PendingAttachment[]) => void;
};

/** At intake: a scan per component, held in the page until the desk decides (uploaded on receive or supplement request). */
export function IntakeAttachments({ components, value, onChange }: IntakeAttachmentsProps) {
  const { t, lang } = useI18n();
  const [componentCode, setComponentCode] = useState<string | undefined>(components[0]?.code);
  const [problem, setProblem] = useState<string>();
  const code = components.some((c) => c.code === componentCode) ? componentCode : components[0]?.code;
  const nameOf = (c: string) => components.find((x) => x.code === c)?.name ?? c;
  if (components.length === 0) return null;
  return (
    <div style={{ marginTop: 16 }} data-testid="intake-attachments">
      <h3 className="cchc-card-title" style={{ fontSize: 15 }}>{t('documents.intake.title')}</h3>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('documents.intake.hint')} {t('documents.hint', { mb: MAX_DOCUMENT_BYTES / 1024 / 1024 })}
      </Typography.Paragraph>
      <Flex gap={16} wrap align="end">
        <Form.Item label={t('documents.component')} layout="vertical" style={{ marginBottom: 8 }} htmlFor="intake-attach-component">
          <Select<string> id="intake-attach-component" value={code} onChange={setComponentCode} style={{ width: 360 }} data-testid="intake-attach-component"
            options={components.map((c) => ({ value: c.code, label: c.name }))} />
        </Form.Item>
        <Form.Item style={{ marginBottom: 8 }}>
          <DocumentPicker label={t('documents.intake.add')} testId="intake-attach-upload" disabled={!code}
            onRefuse={setProblem}
            onPick={(file) => { setProblem(undefined); onChange([...value, { key: `${code}-${file.name}-${Date.now()}`, componentCode: code!, file }]); }} />
        </Form.Item>
      </Flex>
      <div aria-live="polite">{problem && <ErrorAlert message={problem} />}</div>
      {value.length > 0 && (
        <Table<PendingAttachment> rowKey="key" size="small" pagination={false} dataSource={value} data-testid="intake-attachment-list"
          columns={[
            { key: 'component', title: t('documents.col.for'), render: (_, a) => nameOf(a.componentCode) },
            { key: 'file', title: t('documents.col.file'), render: (_, a) => a.file.name },
            { key: 'size', title: t('documents.col.size'), align: 'right', render: (_, a) => formatFileSize(a.file.size, lang) },
            { key: 'remove', width: 48, render: (_, a) => (
              <Button type="text" size="small" icon={<DeleteOutlined aria-hidden />} aria-label={t('documents.intake.remove', { name: a.file.name })}
                onClick={() => onChange(value.filter((x) => x.key !== a.key))} />
            ) },
          ]} />
      )}
    </div>
  );
}
