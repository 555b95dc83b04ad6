import { apiFetch } from './client';
import type { LocalDate, OrgLevel, OrgUnit, OrgUnitDetail } from './types';

export type ListUnitsQuery = { asOf: LocalDate; level?: OrgLevel; q?: string; parentCode?: string };

/** All units valid on `asOf` (public, no login). */
export const listUnits = (query: ListUnitsQuery, signal?: AbortSignal) =>
  apiFetch<{ units: OrgUnit[] }>('/org/units', { query, signal });

/** One unit with its names, parents, events and children over time; `unit` (name, parent) as it stood on `asOf`. */
export const getUnit = (id: string, asOf?: LocalDate, signal?: AbortSignal) =>
  apiFetch<OrgUnitDetail>(`/org/units/${encodeURIComponent(id)}`, { query: { asOf }, signal });
