import type { ActionBody } from '../../../api/dossiers';
import type { DossierActionType } from '../../../api/types';
import { ACTION_SPECS } from './action-specs';

/** The values of an action's form (every field optional: each action uses its own). */
export type ActionValues = {
  reason?: string;
  assigneeId?: string;
  assigneeName?: string;
  note?: string;
  unitId?: string;
  question?: string;
  dueDate?: string;
  dueTime?: string;
  consultationId?: string;
  answer?: string;
  missing?: string[];
  legalBasis?: string;
  amountVnd?: number | null;
  method?: 'cash' | 'transfer' | 'online';
  onlineFlag?: 1 | 2;
  newDueDate?: string;
  newDueTime?: string;
  taskId?: string;
};

/** A province date and clock time (UTC+7, no daylight saving) as an ISO instant. */
export const provinceInstant = (date: string, time: string): string => `${date}T${time.length === 5 ? `${time}:00` : time}+07:00`;

const trimmed = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

/** The payload each action sends (the server's apply-action-effects.ts reads these names). */
function payloadOf(type: DossierActionType, v: ActionValues): Record<string, unknown> | undefined {
  switch (type) {
    case 'assigned': return { assigneeId: trimmed(v.assigneeId), assigneeName: trimmed(v.assigneeName) ?? null };
    case 'step_completed': return { assigneeId: trimmed(v.assigneeId), note: trimmed(v.note) ?? null };
    case 'consultation_requested':
      return { unitId: v.unitId, question: trimmed(v.question), dueAt: v.dueDate ? provinceInstant(v.dueDate, v.dueTime || '17:00') : undefined };
    case 'consultation_answered': return { consultationId: v.consultationId, answer: trimmed(v.answer) };
    case 'supplement_requested':
      return { missing: (v.missing ?? []).map((item) => item.trim()).filter(Boolean), ...(trimmed(v.legalBasis) && { legalBasis: trimmed(v.legalBasis) }) };
    case 'payment_requested': return { amountVnd: v.amountVnd ?? null };
    case 'paid': return { method: v.method, onlineFlag: v.method === 'online' ? v.onlineFlag ?? 1 : null, amountVnd: v.amountVnd ?? null };
    case 'extension_requested':
      return { newDueAt: v.newDueDate ? provinceInstant(v.newDueDate, v.newDueTime || '17:00') : undefined };
    case 'resolved': return { note: trimmed(v.note) ?? null };
    case 'task_completed': return { taskId: v.taskId, note: trimmed(v.note) ?? null };
    default: return undefined;
  }
}

/** The body of POST /dossiers/{id}/actions for the form's values, at the version the page loaded. */
export function buildActionBody(type: DossierActionType, values: ActionValues, version: number): ActionBody {
  const reason = ACTION_SPECS[type].reason === 'none' ? undefined : trimmed(values.reason);
  const payload = payloadOf(type, values);
  return { type, version, ...(reason && { reason }), ...(payload && { payload }) };
}
