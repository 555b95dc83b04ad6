import { one, rows, sql, toIso, type Executor } from '../db.js';

export type DossierDocument = { id: string; dossierId: string; componentCode: string | null; kind: 'component' | 'result'; fileName: string; contentType: string; sizeBytes: number; sha256: string; uploadedAt: string };
type Row = { id: string; dossier_id: string; component_code: string | null; kind: 'component' | 'result'; file_name: string; content_type: string; size_bytes: string | number; sha256: string; uploaded_at: string };
const toDocument = (r: Row): DossierDocument => ({ id: r.id, dossierId: r.dossier_id, componentCode: r.component_code, kind: r.kind, fileName: r.file_name, contentType: r.content_type, sizeBytes: Number(r.size_bytes), sha256: r.sha256, uploadedAt: toIso(r.uploaded_at)! });

/** Files attached to dossiers (the bytes live in the file store, by SHA-256). */
export const dossierDocumentRepository = (ex: Executor) => ({
  async insert(d: Omit<DossierDocument, 'id' | 'uploadedAt'>, uploadedBy: string | null): Promise<DossierDocument> {
    const row = await one<Row>(ex, sql`insert into dossier_documents (dossier_id, component_code, kind, file_name, content_type, size_bytes, sha256, uploaded_by)
      values (${d.dossierId}, ${d.componentCode}, ${d.kind}, ${d.fileName}, ${d.contentType}, ${d.sizeBytes}, ${d.sha256}, ${uploadedBy}) returning *`);
    return toDocument(row!);
  },
  async list(dossierId: string): Promise<DossierDocument[]> {
    return (await rows<Row>(ex, sql`select * from dossier_documents where dossier_id = ${dossierId} order by uploaded_at`)).map(toDocument);
  },
  async get(id: string): Promise<DossierDocument | undefined> {
    const row = await one<Row>(ex, sql`select * from dossier_documents where id = ${id}`);
    return row && toDocument(row);
  },
});
