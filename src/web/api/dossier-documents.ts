import { ApiError, apiFetch, apiUrl } from './client';

/** A file attached to a dossier: a scanned component or the electronic result, stored by its SHA-256. */
export type DossierDocument = {
  id: string;
  componentCode: string | null;
  kind: 'component' | 'result' | string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
};

export type DocumentKind = 'component' | 'result';

/** The files of a dossier, oldest first. */
export const listDossierDocuments = (dossierId: string, signal?: AbortSignal) =>
  apiFetch<{ documents: DossierDocument[] }>(`/dossiers/${encodeURIComponent(dossierId)}/documents`, { signal });

/** Where a file downloads from (the session cookie goes along: a plain link works). */
export const dossierDocumentUrl = (dossierId: string, documentId: string) =>
  apiUrl(`/dossiers/${encodeURIComponent(dossierId)}/documents/${encodeURIComponent(documentId)}`);

/** Types the server reads as a raw body; anything else goes as octet-stream and the server judges it by its bytes. */
const RAW_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);

/** The extensions the server accepts (it checks the bytes too): for the file picker. */
export const DOCUMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx';

/** Uploads one file as the raw request body; 201 with the stored document, ApiError otherwise (400 wrong type, 503 storage). */
export async function uploadDossierDocument(dossierId: string, file: Blob & { name: string }, o: { kind: DocumentKind; componentCode?: string | null }): Promise<DossierDocument> {
  let response: Response;
  try {
    response = await fetch(apiUrl(`/dossiers/${encodeURIComponent(dossierId)}/documents`, { fileName: file.name, kind: o.kind, componentCode: o.componentCode ?? undefined }), {
      method: 'POST', credentials: 'same-origin', body: file,
      headers: { Accept: 'application/json', 'Content-Type': RAW_TYPES.has(file.type) ? file.type : 'application/octet-stream' },
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'The server cannot be reached.', 'Không kết nối được máy chủ.');
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return body as DossierDocument;
  throw new ApiError(response.status, typeof body.code === 'string' ? body.code : `HTTP_${response.status}`,
    typeof body.message === 'string' ? body.message : response.statusText,
    typeof body.messageVi === 'string' ? body.messageVi : undefined, body.details as Record<string, unknown> | undefined);
}
