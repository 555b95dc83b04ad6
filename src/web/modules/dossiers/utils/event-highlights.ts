/** One fact of an event's payload worth showing on the timeline. */
export type Highlight =
  | { key: 'dueAt' | 'newDueAt' | 'originalDueAt' | 'consultationDueAt' | 'taskDueAt'; kind: 'instant'; value: string | number }
  | { key: 'missing'; kind: 'list'; value: string[] }
  | { key: 'legalBasis' | 'note' | 'question' | 'answer' | 'assignee' | 'steps'; kind: 'text'; value: string }
  | { key: 'amount'; kind: 'money'; value: number }
  | { key: 'method' | 'outcome' | 'clock' | 'channel'; kind: 'enum'; value: string }
  | { key: 'onTime' | 'early' | 'late' | 'issuedInTime' | 'withinThreeWorkingDays'; kind: 'flag'; value: boolean };

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const when = (value: unknown): string | number | undefined =>
  (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && !Number.isNaN(Date.parse(value))) ? value as string | number : undefined;

/**
 * The highlights of an event's payload, in a fixed order (the server keeps instants there as epoch milliseconds).
 * Ids, internal flags and the raw component list are left out.
 */
export function eventHighlights(type: string, payload: Record<string, unknown>): Highlight[] {
  const out: Highlight[] = [];
  const instantKey = type === 'consultation_requested' ? 'consultationDueAt' : 'dueAt';
  const due = when(payload.dueAt);
  if (due !== undefined) out.push({ key: instantKey, kind: 'instant', value: due });
  const taskDue = when(payload.taskDueAt);
  if (taskDue !== undefined) out.push({ key: 'taskDueAt', kind: 'instant', value: taskDue });
  const newDue = when(payload.newDueAt);
  if (newDue !== undefined) out.push({ key: 'newDueAt', kind: 'instant', value: newDue });
  const original = when(payload.originalDueAt);
  if (original !== undefined) out.push({ key: 'originalDueAt', kind: 'instant', value: original });
  if (Array.isArray(payload.missing) && payload.missing.length) out.push({ key: 'missing', kind: 'list', value: payload.missing.map(String) });
  const assignee = str(payload.assigneeName) ?? str(payload.assigneeId);
  if (assignee && type === 'assigned') out.push({ key: 'assignee', kind: 'text', value: assignee });
  const from = str(payload.fromStep);
  const to = str(payload.toStep);
  if (from || to) out.push({ key: 'steps', kind: 'text', value: `${from ?? '—'} → ${to ?? '—'}` });
  for (const key of ['legalBasis', 'question', 'answer', 'note'] as const) {
    const text = str(payload[key]);
    if (text) out.push({ key, kind: 'text', value: text });
  }
  if (typeof payload.amountVnd === 'number') out.push({ key: 'amount', kind: 'money', value: payload.amountVnd });
  for (const key of ['method', 'outcome', 'clock', 'channel'] as const) {
    const text = str(payload[key]);
    if (text) out.push({ key, kind: 'enum', value: text });
  }
  for (const key of ['onTime', 'early', 'late', 'issuedInTime', 'withinThreeWorkingDays'] as const) {
    if (typeof payload[key] === 'boolean') out.push({ key, kind: 'flag', value: payload[key] as boolean });
  }
  return out;
}
