import { apiFetch } from './client';
import type { LocalDate, ProcedureDetails, ProcedureListItem } from './types';

export type ListProceduresQuery = { q?: string; asOf?: LocalDate; level?: string; unit?: string; page?: number; pageSize?: number };

/** Procedures in force on `asOf` (public); `q` matches name or code without regard to accents (on the server). */
export const listProcedures = (query: ListProceduresQuery, signal?: AbortSignal) =>
  apiFetch<{ procedures: ProcedureListItem[]; total: number }>('/procedures', { query, signal });

/** One procedure: the version in force on `asOf` (its components, steps, fees) and every version. Public. */
export const getProcedure = (code: string, asOf?: LocalDate, signal?: AbortSignal) =>
  apiFetch<ProcedureDetails>(`/procedures/${encodeURIComponent(code)}`, { query: { asOf }, signal });
