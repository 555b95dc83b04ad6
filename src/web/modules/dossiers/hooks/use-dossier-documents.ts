import { listDossierDocuments, type DossierDocument } from '../../../api/dossier-documents';
import type { ApiState } from '../../../api/use-api';
import { useApi } from '../../../api/use-api';

/** The files attached to a dossier (scans of components, electronic results). */
export function useDossierDocuments(dossierId: string): ApiState<DossierDocument[]> {
  return useApi(async (signal) => (await listDossierDocuments(dossierId, signal)).documents, [dossierId]);
}
