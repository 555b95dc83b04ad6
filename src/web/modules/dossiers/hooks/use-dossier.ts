import { getDossier } from '../../../api/dossiers';
import type { DossierDetails } from '../../../api/types';
import type { ApiState } from '../../../api/use-api';
import { useApi } from '../../../api/use-api';

/** A dossier by id or code, with its timeline and the actions the signed-in officer may take now. */
export function useDossier(idOrCode: string): ApiState<DossierDetails> {
  return useApi((signal) => getDossier(idOrCode, signal), [idOrCode]);
}
