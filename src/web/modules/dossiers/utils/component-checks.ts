import type { ComponentStatus, ProcedureComponent } from '../../../api/types';

/** Starting statuses: data a national database holds is reused; everything else is "missing" until the officer checks it. */
export function initialComponentStatuses(components: ProcedureComponent[]): Record<string, ComponentStatus> {
  return Object.fromEntries(components.map((c) => [c.code, c.replaceableBy ? 'reused' : 'missing']));
}

/** The required components still marked missing. */
export const missingRequired = (components: ProcedureComponent[], statuses: Record<string, ComponentStatus> | undefined) =>
  components.filter((c) => c.required && (statuses?.[c.code] ?? 'missing') === 'missing');
