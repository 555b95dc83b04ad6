import type { AlertFilter } from '../../../api/dossier-alerts';
import type { ReactionAlert } from '../../../api/types';

/** The filters of the alerts tab, in order (the first is the default). */
export const ALERT_FILTERS: readonly AlertFilter[] = ['open', 'breached', 'due_soon', 'pending', 'escalated'];

export const isAlertFilter = (value: string | null): value is AlertFilter => ALERT_FILTERS.includes(value as AlertFilter);

/** Whole working minutes as hours and minutes: 90 → { h: 1, m: 30 }. */
export function durationParts(minutes: number): { h: number; m: number } {
  const total = Math.max(0, Math.round(minutes));
  return { h: Math.floor(total / 60), m: total % 60 };
}

/** antd Tag colour of an alert: red overdue, orange due soon, green met, blue pending; a window never reads as urgent. */
export function alertColor(a: Pick<ReactionAlert, 'state' | 'dueSoon'> & { kind: ReactionAlert['kind'] | 'escalation' }): string {
  if (a.state === 'breached') return 'red';
  if (a.state === 'met') return 'green';
  return a.dueSoon && a.kind === 'duty' ? 'orange' : 'blue';
}
