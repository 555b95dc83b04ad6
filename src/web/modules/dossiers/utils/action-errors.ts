import type { ActionValues } from './action-body';

/** The server's field names (apply-action-effects.ts) → the action form's fields. */
const FIELDS: Record<string, keyof ActionValues> = {
  reason: 'reason', 'payload.assigneeId': 'assigneeId', 'payload.unitId': 'unitId', 'payload.question': 'question',
  'payload.dueAt': 'dueDate', 'payload.consultationId': 'consultationId', 'payload.answer': 'answer', 'payload.missing': 'missing',
  'payload.legalBasis': 'legalBasis', 'payload.newDueAt': 'newDueDate', 'payload.taskId': 'taskId',
};

/** The form field an error is about, whether the domain (`payload.newDueAt`) or the schema (`body.reason`) names it. */
export function formFieldOf(field: unknown): keyof ActionValues | undefined {
  if (typeof field !== 'string') return undefined;
  return FIELDS[field.replace(/^body\./, '')];
}
