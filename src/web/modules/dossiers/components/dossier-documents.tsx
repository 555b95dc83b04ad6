import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Card, Flex, Form, Select, Table, Typography } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import type { DocumentKind, DossierDocument } from '../../../api/dossier-documents';
import { dossierDocumentUrl, uploadDossierDocument } from '../../../api/dossier-documents';
import type { DossierDetails } from '../../../api/types';
import { ErrorAlert } from '../../../ui/error-alert';
import { useErrorText } from '../../i18n/hooks/use-error-text';
import { useI18n } from '../../i18n/hooks/use-i18n';
import { useDossierDocuments } from '../hooks/use-dossier-documents';
import { fileTypeLabel, formatFileSize, MAX_DOCUMENT_BYTES, shortChecksum } from '../utils/document-files';
import { DocumentPicker } from './document-picker';

const nowrap = () => ({ style: { whiteSpace: 'nowrap' as const } });

/** Statuses in which the server refuses new files (attach-document.ts). */
const CLOSED = ['withdrawn', 'stopped', 'refused_at_reception', 'delivered'];

export type DossierDocumentsProps = {
  dossier: DossierDetails;
  /** A file was stored: the dossier changed too (a scanned component becomes "digitised"). */
  onUploaded: () => void;
};

/** The dossier's files: upload a scan for a component or the electronic result; list with size, type, checksum; download. */
export function DossierDocuments({ dossier, onUploaded }: DossierDocumentsProps) {
  const { t, lang, formatDateTime } = useI18n();
  const errorText = useErrorText();
  const documents = useDossierDocuments(dossier.id);
  const [kind, setKind] = useState<DocumentKind>('component');
  const [componentCode, setComponentCode] = useState<string | undefined>(() => (dossier.components.find((c) => c.status !== 'digitised') ?? dossier.components[0])?.code);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: string } | { error: string }>();
  const closed = CLOSED.includes(dossier.status);
  const componentName = (code: string | null) => dossier.components.find((c) => c.code === code)?.name ?? code ?? '—';

  const send = async (file: File) => {
    setPending(true);
    setOutcome(undefined);
    try {
      const stored = await uploadDossierDocument(dossier.id, file, { kind, componentCode: kind === 'component' ? componentCode : null });
      setOutcome({ ok: t('documents.uploaded', { name: stored.fileName }) });
      documents.reload();
      onUploaded();
    } catch (error) {
      setOutcome({ error: errorText(error) });
    } finally {
      setPending(false);
    }
  };

  return (
    <Card title={<h2 className="cchc-card-title">{t('documents.title')}</h2>} style={{ marginTop: 16 }} data-testid="dossier-documents">
      {closed ? <Typography.Paragraph type="secondary">{t('documents.closed')}</Typography.Paragraph> : (
        <>
          <Flex gap={16} wrap align="end">
            <Form.Item label={t('documents.kind')} layout="vertical" style={{ marginBottom: 8 }} htmlFor="documents-kind">
              <Select<DocumentKind> id="documents-kind" value={kind} onChange={setKind} style={{ width: 260 }} data-testid="documents-kind"
                options={(['component', 'result'] as const).map((k) => ({ value: k, label: t(`documents.kind.${k}`) }))} />
            </Form.Item>
            {kind === 'component' && (
              <Form.Item label={t('documents.component')} layout="vertical" style={{ marginBottom: 8 }} htmlFor="documents-component">
                <Select<string> id="documents-component" value={componentCode} onChange={setComponentCode} style={{ width: 320 }} placeholder={t('documents.pickComponent')}
                  data-testid="documents-component" options={dossier.components.map((c) => ({ value: c.code, label: c.name }))} />
              </Form.Item>
            )}
            <Form.Item style={{ marginBottom: 8 }}>
              <DocumentPicker label={t('documents.upload')} testId="documents-upload" loading={pending} disabled={kind === 'component' && !componentCode}
                onPick={(file) => void send(file)} onRefuse={(message) => setOutcome({ error: message })} />
            </Form.Item>
          </Flex>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t('documents.hint', { mb: MAX_DOCUMENT_BYTES / 1024 / 1024 })}</Typography.Paragraph>
          <div aria-live="polite">
            {outcome && 'ok' in outcome && <Alert type="success" showIcon role="status" title={outcome.ok} style={{ marginBottom: 16 }} data-testid="documents-uploaded" closable={{ onClose: () => setOutcome(undefined) }} />}
            {outcome && 'error' in outcome && <ErrorAlert message={outcome.error} />}
          </div>
        </>
      )}
      {documents.error !== undefined && <ErrorAlert message={errorText(documents.error)} retry={{ label: t('common.retry'), onClick: documents.reload }} />}
      <Table<DossierDocument> rowKey="id" size="small" pagination={false} loading={documents.loading && !documents.data} scroll={{ x: true }}
        dataSource={documents.data ?? []} locale={{ emptyText: t('documents.empty') }} data-testid="documents-list"
        onRow={(d) => ({ 'data-testid': `document-row-${d.fileName}` } as HTMLAttributes<HTMLElement>)}
        columns={[
          { key: 'file', title: t('documents.col.file'), render: (_, d) => (
            <a href={dossierDocumentUrl(dossier.id, d.id)} download={d.fileName} aria-label={t('documents.download', { name: d.fileName })}>
              <DownloadOutlined aria-hidden /> {d.fileName}
            </a>
          ) },
          { key: 'for', title: t('documents.col.for'), render: (_, d) => (d.kind === 'result' ? t('documents.kind.result') : componentName(d.componentCode)) },
          { key: 'type', title: t('documents.col.type'), render: (_, d) => fileTypeLabel(d.contentType) },
          { key: 'size', title: t('documents.col.size'), align: 'right', onCell: nowrap, render: (_, d) => formatFileSize(d.sizeBytes, lang) },
          { key: 'sha', title: t('documents.col.checksum'), onCell: nowrap, render: (_, d) => (
            <Typography.Text className="cchc-mono" copyable={{ text: d.sha256 }} title={d.sha256}>{shortChecksum(d.sha256)}</Typography.Text>
          ) },
          { key: 'at', title: t('documents.col.uploadedAt'), onCell: nowrap, render: (_, d) => formatDateTime(d.uploadedAt) },
        ]} />
    </Card>
  );
}
