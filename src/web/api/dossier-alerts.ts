import { apiFetch } from './client';
import type { DossierAlertRow } from './types';

/** Which alerts to list: open breaches, duties due soon and escalations (default), one of them, or every pending duty. */
export type AlertFilter = 'open' | 'breached' | 'due_soon' | 'pending' | 'escalated';

/** Reaction-time alerts of the signed-in officer's units (or of one unit's subtree); for leaders, escalations too. */
export const listReactionAlerts = (query: { state: AlertFilter; unit?: string }, signal?: AbortSignal) =>
  apiFetch<{ alerts: DossierAlertRow[]; truncated: boolean }>('/dossiers/alerts', { query, signal });
