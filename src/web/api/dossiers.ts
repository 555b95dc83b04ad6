import { ApiError, apiFetch, apiUrl } from './client';
import type {
  Applicant, ComponentStatus, DossierActionType, DossierChannel, DossierDetails, DossierSummary, PublicDossier,
  QueueTab, RatingCriterion, RatingLevel,
} from './types';

export type QueueQuery = { tab: QueueTab; q?: string; mine?: boolean; page: number; pageSize: number };

/** The officer's queue for one tab, soonest appointment first. */
export const listDossierQueue = (query: QueueQuery, signal?: AbortSignal) =>
  apiFetch<{ dossiers: DossierSummary[]; total: number }>('/dossiers', { query: { ...query, mine: query.mine ? 'true' : undefined }, signal });

/** One dossier by id or code, with its timeline and the actions the signed-in officer may take. */
export const getDossier = (idOrCode: string, signal?: AbortSignal) =>
  apiFetch<DossierDetails>(`/dossiers/${encodeURIComponent(idOrCode)}`, { signal });

/** The desk's decision at intake (`submit` for a citizen online: the server forces it with channel `online`). */
export type IntakeDecision = 'receive' | 'request_supplement' | 'refuse' | 'submit';

export type ReceiveDossierBody = {
  procedureCode: string;
  channel: DossierChannel;
  receivingUnitId: string;
  competentUnitId?: string;
  applicant: Applicant;
  components: { code: string; status: ComponentStatus }[];
  decision: IntakeDecision;
  reason?: string | null;
};

/** Receives a dossier at the counter or by post, or submits one online (citizen); 201 with the new dossier. */
export const receiveDossier = (body: ReceiveDossierBody) =>
  apiFetch<DossierDetails>('/dossiers', { method: 'POST', body });

export type ActionBody = { type: DossierActionType; version: number; reason?: string | null; payload?: Record<string, unknown> };

/** One action at the version the page loaded: 409 when someone acted meanwhile, 422 when the status does not allow it. */
export const actOnDossier = (id: string, body: ActionBody) =>
  apiFetch<DossierDetails>(`/dossiers/${encodeURIComponent(id)}/actions`, { method: 'POST', body });

/** The printable forms of a dossier (Circular 03/2025/TT-VPCP, Annex I). */
export type DossierForm = '01' | '02' | '03' | '04' | '05' | '06';

export const dossierFormUrl = (id: string, form: DossierForm) => apiUrl(`/dossiers/${encodeURIComponent(id)}/forms/${form}`);

/** The PDF of one form; rejects with ApiError (404 while the server has no such form yet). */
export async function fetchDossierForm(id: string, form: DossierForm): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(dossierFormUrl(id, form), { credentials: 'same-origin', headers: { Accept: 'application/pdf, application/json' } });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'The server cannot be reached.', 'Không kết nối được máy chủ.');
  }
  const type = response.headers.get('content-type') ?? '';
  if (response.ok && type.includes('pdf')) return response.blob();
  const body = (await response.json().catch(() => ({}))) as { code?: string; message?: string; messageVi?: string; details?: Record<string, unknown> };
  throw new ApiError(response.ok ? 415 : response.status, body.code ?? `HTTP_${response.status}`, body.message ?? response.statusText, body.messageVi, body.details);
}

/** A citizen's look-up without login: the code and the last 4 digits of the phone or ID number. */
export const lookupDossier = (code: string, last4: string, signal?: AbortSignal) =>
  apiFetch<PublicDossier>(`/public/dossiers/${encodeURIComponent(code)}`, { query: { last4 }, signal });

export type RatingBody = { last4: string; overall: RatingLevel; criteria: Partial<Record<RatingCriterion, RatingLevel>>; comment?: string | null };

/** Rates a dossier once its result is ready (204; 409 when already rated). */
export const rateDossier = (code: string, body: RatingBody) =>
  apiFetch<void>(`/public/dossiers/${encodeURIComponent(code)}/rating`, { method: 'POST', body });
